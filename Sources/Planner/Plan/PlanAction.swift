/// What a step does to its resource.
public enum PlanAction: String, Sendable, Hashable, Codable, CaseIterable {
    case create
    /// Change of attributes in place.
    case update
    /// Change of parent (an account to another unit).
    case move
    /// Only planned with prune.
    case delete

    /// The marker plans are printed with: `+ ~ → -`.
    public var marker: String {
        switch self {
        case .create: "+"
        case .update: "~"
        case .move: "→"
        case .delete: "-"
        }
    }

    var rank: Int {
        switch self {
        case .create: 0
        case .move: 1
        case .update: 2
        case .delete: 3
        }
    }
}

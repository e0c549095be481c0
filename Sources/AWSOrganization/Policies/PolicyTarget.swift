/// Where an SCP attaches in the organization tree.
public enum PolicyTarget: Sendable, Hashable, CustomStringConvertible {
    /// The organization root: governs every member account (never the management account).
    case root
    /// A unit by its spec path (`Workloads/Production`).
    case unit(String)
    /// An account by its spec key.
    case account(String)

    public var description: String {
        switch self {
        case .root: "the organization root"
        case .unit(let path): "unit '\(path)'"
        case .account(let key): "account '\(key)'"
        }
    }
}

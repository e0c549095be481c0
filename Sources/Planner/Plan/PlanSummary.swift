/// How many steps of each kind a plan has, and how many live resources it leaves alone.
public struct PlanSummary: Sendable, Hashable, Codable, CustomStringConvertible {
    public var create: Int
    public var update: Int
    public var move: Int
    public var delete: Int
    /// Live resources the spec does not mention, left alone because prune was off.
    public var unmanaged: Int

    public init(create: Int = 0, update: Int = 0, move: Int = 0, delete: Int = 0, unmanaged: Int = 0) {
        self.create = create
        self.update = update
        self.move = move
        self.delete = delete
        self.unmanaged = unmanaged
    }

    public var changes: Int { create + update + move + delete }

    /// `Plan: 2 to create, 1 to update, 0 to move, 0 to delete; 1 unmanaged.`
    public var description: String {
        var text =
            changes == 0
            ? "No changes."
            : "Plan: \(create) to create, \(update) to update, \(move) to move, \(delete) to delete."
        if unmanaged > 0 {
            text.removeLast()
            text += "; \(unmanaged) unmanaged."
        }
        return text
    }
}

/// An organizational unit, named by its path from the root (`Workloads/Production`).
public struct OrgUnit: Sendable, Hashable {
    /// Slash-separated path from the root, e.g. `Workloads/Production`.
    public var path: String

    public init(path: String) {
        self.path = path
    }

    /// The unit's own name, the last path component.
    public var name: String { path.split(separator: "/").last.map(String.init) ?? path }

    /// The parent unit's path, or nil for a top-level unit.
    public var parentPath: String? {
        guard let slash = path.lastIndex(of: "/") else { return nil }
        return String(path[..<slash])
    }

    /// True when `other` is this unit or lies beneath it.
    public func contains(_ otherPath: String) -> Bool {
        otherPath == path || otherPath.hasPrefix(path + "/")
    }
}

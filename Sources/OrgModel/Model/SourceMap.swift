public import Support

/// Where each part of a spec was written, keyed by its dotted path (`accounts.prod.unit`,
/// `identity.access[2]`), so findings can point at the node at fault.
public struct SourceMap: Sendable, Hashable {
    public private(set) var locations: [String: SourceLocation]

    public init(_ locations: [String: SourceLocation] = [:]) {
        self.locations = locations
    }

    public mutating func record(_ path: String, _ location: SourceLocation) {
        locations[path] = location
    }

    /// The location of `path`, or of its nearest recorded ancestor (`accounts.prod.unit` falls back
    /// to `accounts.prod`, then `accounts`).
    public func location(of path: String) -> SourceLocation? {
        var current = Substring(path)
        while true {
            if let found = locations[String(current)] { return found }
            guard let cut = current.lastIndex(where: { $0 == "." || $0 == "[" }) else { return nil }
            current = current[..<cut]
        }
    }
}

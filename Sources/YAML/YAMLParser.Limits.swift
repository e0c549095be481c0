extension YAMLParser {
    /// Bounds that make a hostile document fail fast instead of exhausting memory or time.
    public struct Limits: Sendable, Hashable {
        /// Largest input accepted, in bytes.
        public var maxBytes: Int
        /// Deepest nesting of lists and mappings accepted.
        public var maxDepth: Int
        /// Most nodes an alias may add in total (the "billion laughs" budget).
        public var maxAliasNodes: Int
        /// Most nodes in the whole tree, aliases expanded.
        public var maxNodes: Int

        public init(
            maxBytes: Int = 16 << 20, maxDepth: Int = 64, maxAliasNodes: Int = 10_000, maxNodes: Int = 2_000_000
        ) {
            self.maxBytes = maxBytes
            self.maxDepth = maxDepth
            self.maxAliasNodes = maxAliasNodes
            self.maxNodes = maxNodes
        }

        /// Generous for any hand-written or generated configuration, tight for an attack.
        public static let `default` = Limits()
    }
}

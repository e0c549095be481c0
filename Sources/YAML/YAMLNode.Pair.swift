extension YAMLNode {
    /// One entry of a mapping: a key node and its value node, both with their own locations.
    public struct Pair: Sendable, Hashable {
        public var key: YAMLNode
        public var value: YAMLNode

        public init(key: YAMLNode, value: YAMLNode) {
            self.key = key
            self.value = value
        }
    }
}

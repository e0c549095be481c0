/// One field of an update: `name: old → new`. A nil side means the field is absent there.
public struct AttributeChange: Sendable, Hashable, Codable {
    public var name: String
    public var old: AttributeValue?
    public var new: AttributeValue?

    public init(name: String, old: AttributeValue?, new: AttributeValue?) {
        self.name = name
        self.old = old
        self.new = new
    }
}

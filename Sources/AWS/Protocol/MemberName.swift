/// The one naming rule between Swift properties and AWS member names, for every protocol.
///
/// A property is the botocore member name with its first letter lowercased: `NextToken` is
/// `nextToken`, `UserId` is `userId`, `ID` is `iD`. Encoders uppercase the first letter again.
/// Keeping the rule mechanical lets an operation's types be declared without `CodingKeys`.
struct MemberName: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }

    init(wire: String) { stringValue = wire }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }

    /// `userName` → `UserName`.
    static func wireName(_ property: String) -> String {
        guard let first = property.first else { return property }
        return first.uppercased() + property.dropFirst()
    }

    /// `UserName` → `userName`.
    static func propertyName(_ wire: String) -> String {
        guard let first = wire.first else { return wire }
        return first.lowercased() + wire.dropFirst()
    }
}

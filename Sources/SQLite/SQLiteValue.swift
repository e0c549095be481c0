public import Foundation

/// A value bound to a statement parameter or read from a column, as SQLite's five storage classes.
public enum SQLiteValue: Sendable, Hashable {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)
    case blob(Data)
}

extension SQLiteValue: ExpressibleByIntegerLiteral, ExpressibleByStringLiteral, ExpressibleByNilLiteral,
    ExpressibleByFloatLiteral
{
    public init(integerLiteral value: Int64) { self = .integer(value) }
    public init(stringLiteral value: String) { self = .text(value) }
    public init(nilLiteral: ()) { self = .null }
    public init(floatLiteral value: Double) { self = .real(value) }
}

extension SQLiteValue {
    /// Text or null, for optional string columns.
    public static func text(_ value: String?) -> SQLiteValue { value.map { .text($0) } ?? .null }
    /// Integer or null, for optional integer columns.
    public static func integer(_ value: Int64?) -> SQLiteValue { value.map { .integer($0) } ?? .null }
    /// An `Int` as an integer.
    public static func int(_ value: Int) -> SQLiteValue { .integer(Int64(value)) }
    /// Bytes as a blob.
    public static func bytes(_ value: [UInt8]) -> SQLiteValue { .blob(Data(value)) }
}

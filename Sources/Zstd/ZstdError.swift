/// A zstd call that failed, with zstd's own reason.
public struct ZstdError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What was being done: "train a dictionary", "compress", "decompress".
    public var operation: String
    /// zstd's explanation (`ZSTD_getErrorName`), or ours when zstd gave none.
    public var reason: String

    public init(_ operation: String, _ reason: String) {
        self.operation = operation
        self.reason = reason
    }

    public var description: String { "cannot \(operation): \(reason)" }
}

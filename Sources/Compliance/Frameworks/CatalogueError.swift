/// The framework catalogue could not be read; the message names the file and the entry at fault.
public struct CatalogueError: Error, Sendable, Hashable, CustomStringConvertible {
    public var message: String

    public init(_ message: String) {
        self.message = message
    }

    public var description: String { message }
}

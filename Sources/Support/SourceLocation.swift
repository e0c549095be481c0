/// A place in a user's input file: 1-based line and column (Unicode scalar columns).
public struct SourceLocation: Sendable, Hashable, Codable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// `file:line:col`, the form editors and CI annotators jump to.
    public var description: String { "\(file):\(line):\(column)" }
}

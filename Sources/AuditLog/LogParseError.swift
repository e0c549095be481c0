public import Foundation
public import Support

/// Why a log file was rejected. A rejected file contributes no events at all: a half-read file
/// would leave a silent gap in the audit trail, which is worse than a loud failure.
///
/// The description reads `file: record 12 (line 40, column 7, byte 5121): message`, so the person at
/// the terminal can open the file at the offending record.
public struct LogParseError: Error, Sendable, Hashable, CustomStringConvertible, LocalizedError {
    /// The kind of problem, for callers that branch on it (tests, summaries).
    public struct Code: Sendable, Hashable, CustomStringConvertible {
        private enum Value: String, Sendable, Hashable {
            case unreadable, badGzip, invalidJSON, truncated, wrongTopLevel, recordNotObject
            case unknownSource, missingField, badTimestamp, tooLarge
        }

        private let value: Value

        /// The file could not be opened or read.
        public static let unreadable = Code(value: .unreadable)
        /// The gzip stream is corrupt or cut short.
        public static let badGzip = Code(value: .badGzip)
        /// The bytes are not valid JSON (syntax, escapes or UTF-8).
        public static let invalidJSON = Code(value: .invalidJSON)
        /// The JSON stops in the middle of a value.
        public static let truncated = Code(value: .truncated)
        /// The file is JSON but neither `{"Records": [...]}`, an array of records nor one record per line.
        public static let wrongTopLevel = Code(value: .wrongTopLevel)
        /// A record is a string, number or array instead of an object.
        public static let recordNotObject = Code(value: .recordNotObject)
        /// A record matches none of the sources Groundwork reads, or not the one forced.
        public static let unknownSource = Code(value: .unknownSource)
        /// A field every record of this source has is missing or has the wrong type.
        public static let missingField = Code(value: .missingField)
        /// A timestamp cannot be read.
        public static let badTimestamp = Code(value: .badTimestamp)
        /// A single record exceeds the size limit.
        public static let tooLarge = Code(value: .tooLarge)

        public var description: String { value.rawValue }
    }

    public var code: Code
    /// The file as the user named it (or the name given for in-memory data).
    public var file: String
    /// 0-based index of the record in the file, when the problem is inside or at a record.
    public var recordIndex: Int?
    /// Byte offset in the file's (decompressed) JSON text.
    public var byteOffset: Int?
    /// 1-based line and column (Unicode scalars) of `byteOffset`, when known.
    public var line: Int?
    public var column: Int?
    /// What is wrong and, where it helps, how to fix it.
    public var message: String

    public init(
        _ code: Code,
        file: String,
        recordIndex: Int? = nil,
        byteOffset: Int? = nil,
        line: Int? = nil,
        column: Int? = nil,
        message: String
    ) {
        self.code = code
        self.file = file
        self.recordIndex = recordIndex
        self.byteOffset = byteOffset
        self.line = line
        self.column = column
        self.message = message
    }

    public var description: String {
        var place: [String] = []
        if let line { place.append("line \(line)") }
        if let column { place.append("column \(column)") }
        if let byteOffset { place.append("byte \(byteOffset)") }
        var text = file + ": "
        if let recordIndex {
            text += "record \(recordIndex)"
            if !place.isEmpty { text += " (" + place.joined(separator: ", ") + ")" }
            text += ": "
        } else if !place.isEmpty {
            text += place.joined(separator: ", ") + ": "
        }
        return text + message
    }

    /// Same as `description`, so `localizedDescription` says what went wrong too.
    public var errorDescription: String? { description }

    /// The error as a compiler-style diagnostic (`file:line:col: error: [log-parse.truncated] ...`);
    /// without a line, the message names the file itself.
    public var diagnostic: Diagnostic {
        var text = message
        if let recordIndex { text = "record \(recordIndex): " + text }
        guard let line else {
            if let byteOffset { text += " (byte \(byteOffset))" }
            return Diagnostic(.error, file + ": " + text, ruleID: "log-parse." + code.description)
        }
        return Diagnostic(
            .error, text, at: SourceLocation(file: file, line: line, column: column ?? 1),
            ruleID: "log-parse." + code.description)
    }
}

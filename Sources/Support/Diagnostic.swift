/// One problem found in user input, printed in the compiler's shape so editors and CI can jump to it:
/// `path:line:col: error: [rule-id] message`.
public struct Diagnostic: Sendable, Hashable, Codable, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable, Codable {
        case error
        case warning
        case note
    }

    public var severity: Severity
    public var message: String
    public var location: SourceLocation?
    /// A stable identifier for the kind of problem, when it has one.
    public var ruleID: String?

    public init(_ severity: Severity = .error, _ message: String, at location: SourceLocation? = nil, ruleID: String? = nil) {
        self.severity = severity
        self.message = message
        self.location = location
        self.ruleID = ruleID
    }

    public var description: String {
        var text = ""
        if let location { text += "\(location): " }
        text += "\(severity.rawValue): "
        if let ruleID { text += "[\(ruleID)] " }
        return text + message
    }
}

/// A set of diagnostics thrown together, so that one run reports every problem in a file.
public struct DiagnosticsError: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }

    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}

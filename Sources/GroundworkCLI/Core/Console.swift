public import Support

/// Where a command's results (stdout) and diagnostics and progress (stderr) go, and whether
/// colour is allowed: only on a terminal and never with `NO_COLOR`.
public struct Console: Sendable {
    public let out: any OutputSink
    public let err: any OutputSink
    public let colorEnabled: Bool

    public init(out: any OutputSink, err: any OutputSink, environment: Environment) {
        self.out = out
        self.err = err
        self.colorEnabled = err.isTerminal && environment["NO_COLOR"] == nil && environment["TERM"] != "dumb"
    }

    /// True when progress lines may be redrawn in place on stderr.
    public var showsProgress: Bool { colorEnabled }

    /// Writes a result line to stdout.
    public func print(_ line: String = "") {
        out.write(line + "\n")
    }

    /// Writes a diagnostic to stderr, prefixed `error:` (red on a terminal).
    public func error(_ message: String) {
        err.write(style("error:", .red) + " " + message + "\n")
    }

    /// Writes a warning to stderr.
    public func warning(_ message: String) {
        err.write(style("warning:", .yellow) + " " + message + "\n")
    }

    /// Writes an informational line to stderr (progress, summaries that are not the result).
    public func note(_ message: String) {
        err.write(message + "\n")
    }

    public enum Style: String, Sendable {
        case red = "31"
        case green = "32"
        case yellow = "33"
        case blue = "34"
        case bold = "1"
        case dim = "2"
    }

    /// Wraps `text` in an ANSI style when colour is enabled.
    public func style(_ text: String, _ style: Style) -> String {
        colorEnabled ? "\u{1B}[\(style.rawValue)m\(text)\u{1B}[0m" : text
    }
}

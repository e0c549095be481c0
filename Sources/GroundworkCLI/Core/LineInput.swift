#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Where a command reads answers from: standard input in the executable, a script in tests.
public struct LineInput: Sendable {
    /// True when a person can answer (stdin is a terminal); commands refuse to ask otherwise.
    public let isInteractive: Bool
    private let read: @Sendable () -> String?

    public init(isInteractive: Bool, readLine: @escaping @Sendable () -> String?) {
        self.isInteractive = isInteractive
        self.read = readLine
    }

    /// The next line without its newline; nil at end of input.
    public func readLine() -> String? { read() }

    /// The process's standard input.
    public static let standardInput = LineInput(isInteractive: isatty(STDIN_FILENO) == 1) {
        Swift.readLine(strippingNewline: true)
    }

    /// No input at all, as under CI with stdin closed.
    public static let none = LineInput(isInteractive: false) { nil }
}

/// One `--option` a command accepts. Declared as data so parsing, validation, `--help` and
/// "did you mean" all come from the same place, as in swift-argument-parser.
public struct OptionSpec: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        /// `--yes`: present or not.
        case flag
        /// `--format json` or `--format=json`; the last occurrence wins.
        case value(placeholder: String)
        /// `--actor a --actor b`, or comma-separated when `splitOnComma`.
        case repeated(placeholder: String, splitOnComma: Bool)
    }

    public var name: String
    public var short: Character?
    public var kind: Kind
    public var help: String
    /// When not empty, the only values accepted (checked before the command runs).
    public var allowedValues: [String]
    /// Shown in `--help`; the command applies it itself.
    public var defaultValue: String?

    public init(
        _ name: String,
        short: Character? = nil,
        _ kind: Kind = .flag,
        help: String,
        allowedValues: [String] = [],
        defaultValue: String? = nil
    ) {
        self.name = name
        self.short = short
        self.kind = kind
        self.help = help
        self.allowedValues = allowedValues
        self.defaultValue = defaultValue
    }

    /// `--format <format>` as usage and help show it.
    var synopsis: String {
        switch kind {
        case .flag: "--\(name)"
        case .value(let placeholder), .repeated(let placeholder, _): "--\(name) <\(placeholder)>"
        }
    }

    var takesValue: Bool {
        if case .flag = kind { return false }
        return true
    }
}

/// A positional argument.
public struct PositionalSpec: Sendable, Hashable {
    public var name: String
    public var help: String
    public var isOptional: Bool
    /// Accepts any number of values (only the last positional).
    public var isVariadic: Bool

    public init(_ name: String, help: String, isOptional: Bool = true, isVariadic: Bool = false) {
        self.name = name
        self.help = help
        self.isOptional = isOptional
        self.isVariadic = isVariadic
    }
}

extension OptionSpec {
    /// The AWS CLI's connection options, shared by every command that talks to a cloud.
    public static let awsConnection: [OptionSpec] = [
        OptionSpec("profile", .value(placeholder: "name"), help: "Use this profile from the shared AWS config and credentials files (default: AWS_PROFILE, else 'default')."),
        OptionSpec("region", .value(placeholder: "region"), help: "AWS region (default: AWS_REGION, AWS_DEFAULT_REGION, then the profile's region)."),
        OptionSpec("endpoint-url", .value(placeholder: "url"), help: "Send every request to this endpoint instead of AWS (e.g. a local emulator); AWS_ENDPOINT_URL and AWS_ENDPOINT_URL_<SERVICE> also work."),
        OptionSpec("debug", help: "Trace every HTTP request and response on stderr, with credentials and signatures redacted."),
    ]

    /// `--format` limited to `formats`, defaulting to the first.
    public static func format(_ formats: [String]) -> OptionSpec {
        OptionSpec(
            "format", .value(placeholder: "format"),
            help: "Output format: \(formats.joined(separator: ", ")).",
            allowedValues: formats, defaultValue: formats.first
        )
    }
}

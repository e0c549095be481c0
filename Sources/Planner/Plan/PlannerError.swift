/// Why a plan could not be made, loaded or applied, written for the person at the terminal.
public struct PlannerError: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Code: String, Sendable, Hashable {
        /// Two desired (or two live) resources share an address: a provider bug.
        case duplicateAddress = "duplicate-address"
        /// A desired resource needs an address the desired state lacks.
        case missingDependency = "missing-dependency"
        /// Desired resources depend on each other in a circle.
        case dependencyCycle = "dependency-cycle"
        /// The live organization changed after the saved plan was made.
        case stalePlan = "stale-plan"
        /// A saved plan file was written by another format version.
        case unsupportedFormatVersion = "unsupported-format-version"
        /// A saved plan file could not be read.
        case invalidPlanFile = "invalid-plan-file"
        /// The journal could not be written or read.
        case journal
    }

    public var code: Code
    public var message: String

    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { message }
}

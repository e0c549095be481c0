public import OrgModel

/// How long a framework says audit logs must (or may) be kept, with the clause that says so.
public struct RetentionRequirement: Sendable, Hashable {
    /// Nil for Groundwork's own floor, which applies whatever is selected.
    public var framework: Framework?
    /// Logs must be kept at least this long.
    public var minimum: RetentionPeriod?
    /// Of the retained logs, at least this much must be available for analysis at once.
    public var immediatelyAvailable: RetentionPeriod?
    /// Logs must not be kept longer than this.
    public var maximum: RetentionPeriod?
    /// True when the framework limits storage to what is necessary (GDPR Art. 5(1)(e)), so
    /// retention beyond the longest obligation needs a documented reason.
    public var storageLimitation: Bool
    /// Where the figure comes from (`PCI DSS v4.0 Requirement 10.5.1`).
    public var source: String
    /// Why the figure was read this way.
    public var note: String

    public init(
        framework: Framework?,
        minimum: RetentionPeriod? = nil,
        immediatelyAvailable: RetentionPeriod? = nil,
        maximum: RetentionPeriod? = nil,
        storageLimitation: Bool = false,
        source: String,
        note: String = ""
    ) {
        self.framework = framework
        self.minimum = minimum
        self.immediatelyAvailable = immediatelyAvailable
        self.maximum = maximum
        self.storageLimitation = storageLimitation
        self.source = source
        self.note = note
    }

    /// The least retention that satisfies this entry: everything Groundwork archives stays in
    /// the same (immediately queryable) store, so the immediately-available part counts too.
    public var requiredMinimum: RetentionPeriod? {
        switch (minimum, immediatelyAvailable) {
        case let (minimum?, available?): max(minimum, available)
        case let (minimum?, nil): minimum
        case let (nil, available?): available
        case (nil, nil): nil
        }
    }
}

public import AuditLog
public import Foundation

/// A filter over stored events; every field left nil matches everything.
public struct EventQuery: Sendable, Hashable {
    /// Matches the actor's id, name, email, session, the role it came through, or that role's
    /// short name, case-insensitively and exactly.
    public var actor: String?
    /// Matches the action exactly, or, without a `service:` prefix, the part after it
    /// (`StopLogging` finds `cloudtrail:StopLogging`).
    public var action: String?
    /// Account or tenant, exactly.
    public var account: String?
    public var source: Event.SourceKind?
    /// Inclusive lower bound on the event time.
    public var since: Date?
    /// Exclusive upper bound on the event time.
    public var until: Date?
    /// At most this many events; nil for all.
    public var limit: Int?

    public init(
        actor: String? = nil,
        action: String? = nil,
        account: String? = nil,
        source: Event.SourceKind? = nil,
        since: Date? = nil,
        until: Date? = nil,
        limit: Int? = nil
    ) {
        self.actor = actor
        self.action = action
        self.account = account
        self.source = source
        self.since = since
        self.until = until
        self.limit = limit
    }
}

/// An event as stored: its place in the log and the event (raw record included).
public struct StoredEvent: Sendable, Hashable {
    /// The leaf index in the Merkle log (0-based).
    public var sequence: UInt64
    public var event: Event

    public init(sequence: UInt64, event: Event) {
        self.sequence = sequence
        self.event = event
    }
}

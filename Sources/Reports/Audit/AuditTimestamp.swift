import Foundation

/// Times as reports print them, always in UTC so two readers in different zones agree.
enum AuditTimestamp {
    /// `2027-01-15T08:00:00Z`.
    static func rfc3339(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: date)
    }

    /// `2027-01-15 08:00 UTC`.
    static func readable(_ date: Date) -> String {
        let text = rfc3339(date)
        return String(text.prefix(10)) + " " + String(text.dropFirst(11).prefix(5)) + " UTC"
    }

    /// Milliseconds since the Unix epoch, OCSF's `timestamp_t`.
    static func milliseconds(_ date: Date) -> Int { Int((date.timeIntervalSince1970 * 1000).rounded()) }
}

import Foundation

/// Times and periods as people type them on the command line.
enum LogsTimeArgument {
    /// `2024-07-31`, `2024-07-31T13:06:24Z` (fractional seconds and offsets allowed), or a period
    /// back from `now`: `90m`, `24h`, `7d`, `18mo`, `2y`.
    static func date(_ text: String, now: Date) -> Date? {
        if let seconds = period(text) { return now.addingTimeInterval(-seconds) }
        if let date = try? Date(text, strategy: .iso8601) { return date }
        let fractional = Date.ISO8601FormatStyle(includingFractionalSeconds: true)
        if let date = try? Date(text, strategy: fractional) { return date }
        let day = Date.ISO8601FormatStyle().year().month().day()
        return try? Date(text, strategy: day)
    }

    /// A period in seconds: `<n>m` minutes, `h` hours, `d` days, `w` weeks, `mo` months, `y`
    /// years (Gregorian averages, as the spec's retention uses).
    static func period(_ text: String) -> TimeInterval? {
        let units: [(String, TimeInterval)] = [
            ("mo", 365.2425 / 12 * 86_400), ("m", 60), ("h", 3_600), ("d", 86_400), ("w", 7 * 86_400),
            ("y", 365.2425 * 86_400),
        ]
        for (suffix, seconds) in units where text.hasSuffix(suffix) {
            guard let count = Double(text.dropLast(suffix.count)), count >= 0, count.isFinite else { return nil }
            return count * seconds
        }
        return nil
    }
}

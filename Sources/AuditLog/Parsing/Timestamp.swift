public import Foundation

/// Reads the timestamp formats audit sources write, without `DateFormatter` (which is slow and
/// locale-sensitive) on the hot path.
public enum Timestamp {
    /// Parses RFC 3339 / ISO 8601 date-times as CloudTrail (`2024-07-31T13:06:24Z`) and Okta
    /// (`2017-09-27T21:01:28.474Z`) write them: a `T`, optional fraction, and `Z` or `±HH:MM`.
    ///
    /// - Returns: nil when the text is not such a timestamp or names an impossible date.
    public static func parseISO8601(_ text: String) -> Date? {
        var text = text
        return text.withUTF8 { parseISO8601(UnsafeRawBufferPointer($0)) }
    }

    static func parseISO8601(_ p: UnsafeRawBufferPointer) -> Date? {
        let n = p.count
        guard n >= 20 else { return nil }
        func digits(_ at: Int, _ count: Int) -> Int? {
            var value = 0
            for k in at..<(at + count) {
                let digit = p[k] &- UInt8(ascii: "0")
                guard digit < 10 else { return nil }
                value = value * 10 + Int(digit)
            }
            return value
        }
        guard let year = digits(0, 4), p[4] == UInt8(ascii: "-"), let month = digits(5, 2), p[7] == UInt8(ascii: "-"),
            let day = digits(8, 2), p[10] == UInt8(ascii: "T") || p[10] == UInt8(ascii: "t"),
            let hour = digits(11, 2), p[13] == UInt8(ascii: ":"), let minute = digits(14, 2),
            p[16] == UInt8(ascii: ":"), let second = digits(17, 2)
        else { return nil }
        guard (1...12).contains(month), day >= 1, day <= daysIn(month: month, year: year), hour < 24, minute < 60,
            second <= 60
        else { return nil }
        var i = 19
        var fraction = 0.0
        if p[i] == UInt8(ascii: ".") {
            i += 1
            var scale = 0.1
            let first = i
            while i < n, p[i] &- UInt8(ascii: "0") < 10 {
                fraction += Double(p[i] - UInt8(ascii: "0")) * scale
                scale /= 10
                i += 1
            }
            guard i > first else { return nil }
        }
        guard i < n else { return nil }
        var offsetSeconds = 0
        switch p[i] {
        case UInt8(ascii: "Z"), UInt8(ascii: "z"):
            i += 1
        case UInt8(ascii: "+"), UInt8(ascii: "-"):
            guard i + 6 <= n, let hours = digits(i + 1, 2), p[i + 3] == UInt8(ascii: ":"),
                let minutes = digits(i + 4, 2),
                hours < 24, minutes < 60
            else { return nil }
            offsetSeconds = (hours * 3600 + minutes * 60) * (p[i] == UInt8(ascii: "+") ? 1 : -1)
            i += 6
        default:
            return nil
        }
        guard i == n else { return nil }
        let days = daysFromCivil(year: year, month: month, day: day)
        let seconds = days * 86_400 + hour * 3600 + minute * 60 + second - offsetSeconds
        return Date(timeIntervalSince1970: Double(seconds) + fraction)
    }

    /// Milliseconds since 1970 (GitHub's `@timestamp` and `created_at`).
    public static func fromMilliseconds(_ milliseconds: Int64) -> Date {
        Date(timeIntervalSince1970: Double(milliseconds) / 1000)
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Days since 1970-01-01 for a proleptic Gregorian date (Howard Hinnant's `days_from_civil`).
    private static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }
}

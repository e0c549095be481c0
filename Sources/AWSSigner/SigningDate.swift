public import Foundation

/// The two renderings of the signing instant SigV4 uses: `20150830T123600Z` (`x-amz-date`) and
/// `20150830` (the credential scope), both UTC.
///
/// Computed arithmetically rather than with a `DateFormatter`, which is slow, locale-sensitive
/// and not safe to share across threads on every platform.
public struct SigningDate: Sendable, Hashable {
    /// `YYYYMMDD'T'HHMMSS'Z'`.
    public let amzDate: String
    /// `YYYYMMDD`.
    public let dateStamp: String

    public init(_ date: Date) {
        let seconds = Int64(date.timeIntervalSince1970.rounded(.down))
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let secondOfDay = seconds - days * 86_400
        let (year, month, day) = Self.civil(fromDays: days)
        let stamp = Self.pad(year, 4) + Self.pad(month, 2) + Self.pad(day, 2)
        dateStamp = stamp
        amzDate =
            stamp + "T" + Self.pad(secondOfDay / 3600, 2) + Self.pad(secondOfDay % 3600 / 60, 2)
            + Self.pad(secondOfDay % 60, 2) + "Z"
    }

    /// Days since 1970-01-01 to a proleptic Gregorian (year, month, day), after H. Hinnant's
    /// `civil_from_days`.
    private static func civil(fromDays days: Int64) -> (Int64, Int64, Int64) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthPrime = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthPrime + 2) / 5 + 1
        let month = monthPrime < 10 ? monthPrime + 3 : monthPrime - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    private static func pad(_ value: Int64, _ width: Int) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }
}

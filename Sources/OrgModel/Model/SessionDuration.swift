/// Reads and writes the session lengths of permission profiles.
///
/// A spec may write `1h`, `30m`, `1h30m`, `3600s` or ISO 8601 (`PT1H`, `PT1H30M`); the AWS API
/// takes ISO 8601 and allows 1 to 12 hours for a permission set
/// (<https://docs.aws.amazon.com/singlesignon/latest/APIReference/API_CreatePermissionSet.html>).
public enum SessionDuration {
    /// Session lengths AWS accepts for a permission set, in seconds (1 h to 12 h).
    public static let allowedSeconds: ClosedRange<Int> = 3_600...43_200

    /// The number of seconds `text` denotes, or nil when it is not a duration.
    ///
    /// Units must come in the order hours, minutes, seconds, each at most once; `PT` forms use
    /// upper-case `H`, `M`, `S`, the short forms lower-case `h`, `m`, `s`.
    public static func seconds(parsing text: String) -> Int? {
        let iso = text.hasPrefix("PT")
        let body = iso ? Substring(text.dropFirst(2)) : Substring(text)
        let units: [(Character, Int)] =
            iso ? [("H", 3_600), ("M", 60), ("S", 1)] : [("h", 3_600), ("m", 60), ("s", 1)]
        guard !body.isEmpty else { return nil }
        var total = 0
        var digits = ""
        var nextUnit = 0
        for character in body {
            if character.isASCII, character.isNumber {
                digits.append(character)
                guard digits.count <= 6 else { return nil }
                continue
            }
            guard !digits.isEmpty, let index = units[nextUnit...].firstIndex(where: { $0.0 == character }),
                let count = Int(digits)
            else { return nil }
            total += count * units[index].1
            nextUnit = index + 1
            digits = ""
        }
        guard digits.isEmpty else { return nil }
        return total
    }

    /// The ISO 8601 form AWS expects (`PT1H`, `PT1H30M`); zero is `PT0S`.
    public static func iso8601(seconds: Int) -> String {
        let hours = seconds / 3_600
        let minutes = seconds % 3_600 / 60
        let rest = seconds % 60
        var text = "PT"
        if hours > 0 { text += "\(hours)H" }
        if minutes > 0 { text += "\(minutes)M" }
        if rest > 0 || seconds == 0 { text += "\(rest)S" }
        return text
    }

    /// A short human form (`1h`, `1h30m`, `45m`), as a spec would write it.
    public static func short(seconds: Int) -> String {
        let hours = seconds / 3_600
        let minutes = seconds % 3_600 / 60
        let rest = seconds % 60
        var text = ""
        if hours > 0 { text += "\(hours)h" }
        if minutes > 0 { text += "\(minutes)m" }
        if rest > 0 || seconds == 0 { text += "\(rest)s" }
        return text
    }
}

extension RetentionPeriod {
    /// Reads a period as a spec writes it: a positive whole number and a unit, `d` (days),
    /// `mo` (months) or `y` (years): `400d`, `18mo`, `7y`.
    ///
    /// `m` alone is refused because it reads as minutes as easily as months.
    public init?(parsing text: String) {
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count <= 6, let count = Int(digits), count > 0,
            let unit = Unit(rawValue: String(text.dropFirst(digits.count)))
        else { return nil }
        self.init(count, unit)
    }

    /// The longest retention accepted: 100 years, the most S3 Object Lock allows.
    public static let longest = RetentionPeriod(100, .years)
}

public import OrgModel

/// The archive bucket's default Object Lock retention: compliance mode, so no one (the account's
/// root user included) can delete or overwrite a log file before the period ends.
///
/// S3 takes either whole days or whole years. A period written in years, or in months that make
/// whole years, is sent as years (S3 counts a year as 365 days, a leap day aside); anything else as
/// `RetentionPeriod.wholeDays`, rounded up so the lock never ends early.
/// See [PutObjectLockConfiguration](https://docs.aws.amazon.com/AmazonS3/latest/API/API_PutObjectLockConfiguration.html).
public struct ObjectLockRetention: Sendable, Hashable {
    public enum Mode: String, Sendable, Hashable {
        /// Nobody can shorten or remove the retention. Groundwork always uses this mode.
        case compliance = "COMPLIANCE"
        /// Principals with `s3:BypassGovernanceRetention` can; read back from live buckets only.
        case governance = "GOVERNANCE"
    }

    public enum Period: Sendable, Hashable {
        case days(Int)
        case years(Int)
    }

    public var mode: Mode
    public var period: Period

    public init(mode: Mode = .compliance, period: Period) {
        self.mode = mode
        self.period = period
    }

    /// Compliance-mode retention for a declared period.
    ///
    /// - Throws: `PolicyError` `.invalidValue` beyond S3's limits (36,500 days or 100 years) or below one day.
    public init(retention: RetentionPeriod) throws {
        let period: Period
        switch retention.unit {
        case .years: period = .years(retention.count)
        case .months where retention.count % 12 == 0: period = .years(retention.count / 12)
        case .days, .months: period = .days(retention.wholeDays)
        }
        let withinLimits: Bool
        switch period {
        case .days(let days): withinLimits = (1...36_500).contains(days)
        case .years(let years): withinLimits = (1...100).contains(years)
        }
        guard withinLimits else {
            throw PolicyError(
                .invalidValue, "retention '\(retention)' is outside what S3 Object Lock allows (1 day to 100 years)")
        }
        self.init(mode: .compliance, period: period)
    }

    /// The minimum number of days the lock holds (years count 365 days), for lifecycle checks.
    public var minimumDays: Int {
        switch period {
        case .days(let days): days
        case .years(let years): years * 365
        }
    }
}

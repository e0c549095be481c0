import OrgModel
import Testing

@Suite("Durations and retention periods")
struct PeriodParsingTests {
    @Test(arguments: [
        ("1h", 3_600), ("30m", 1_800), ("12h", 43_200), ("1h30m", 5_400), ("90m", 5_400), ("3600s", 3_600),
        ("1h0m30s", 3_630), ("PT1H", 3_600), ("PT12H", 43_200), ("PT1H30M", 5_400), ("PT45M", 2_700), ("PT90S", 90),
    ])
    func sessionDurationsParse(text: String, seconds: Int) {
        #expect(SessionDuration.seconds(parsing: text) == seconds)
    }

    @Test(arguments: [
        "", "h", "1", "1 h", "1H", "pt1h", "PT", "PT1h", "30m1h", "1h1h", "1d", "-1h", "1.5h", "P1D", "1234567h",
    ])
    func nonDurationsAreRejected(text: String) {
        #expect(SessionDuration.seconds(parsing: text) == nil)
    }

    @Test(arguments: [
        (3_600, "PT1H", "1h"), (5_400, "PT1H30M", "1h30m"), (43_200, "PT12H", "12h"), (2_730, "PT45M30S", "45m30s"),
    ])
    func sessionDurationsFormat(seconds: Int, iso: String, short: String) {
        #expect(SessionDuration.iso8601(seconds: seconds) == iso)
        #expect(SessionDuration.short(seconds: seconds) == short)
    }

    @Test func awsAllowsOneToTwelveHours() {
        #expect(SessionDuration.allowedSeconds.contains(3_600))
        #expect(SessionDuration.allowedSeconds.contains(43_200))
        #expect(!SessionDuration.allowedSeconds.contains(3_599))
        #expect(!SessionDuration.allowedSeconds.contains(43_201))
    }

    @Test(arguments: [
        ("400d", RetentionPeriod(400, .days)), ("18mo", RetentionPeriod(18, .months)),
        ("7y", RetentionPeriod(7, .years)),
        ("1d", RetentionPeriod(1, .days)), ("12mo", RetentionPeriod(12, .months)),
    ])
    func retentionPeriodsParse(text: String, period: RetentionPeriod) {
        #expect(RetentionPeriod(parsing: text) == period)
        #expect(RetentionPeriod(parsing: text)?.description == text)
    }

    @Test(arguments: ["", "7", "y", "0d", "18m", "7 y", "7Y", "1.5y", "-1y", "7years", "P7Y", "1y6mo"])
    func nonPeriodsAreRejected(text: String) {
        #expect(RetentionPeriod(parsing: text) == nil)
    }

    @Test func periodsCompareByLength() throws {
        let twelveMonths = try #require(RetentionPeriod(parsing: "12mo"))
        let oneYear = try #require(RetentionPeriod(parsing: "1y"))
        let days365 = try #require(RetentionPeriod(parsing: "365d"))
        let sixYears = try #require(RetentionPeriod(parsing: "6y"))
        #expect(!(twelveMonths < oneYear) && !(oneYear < twelveMonths))
        #expect(days365 < oneYear)
        #expect(RetentionPeriod(2190, .days) < sixYears)
        #expect(RetentionPeriod(2192, .days) >= sixYears)
    }
}

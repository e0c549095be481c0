/// Counts of results by status (every status present, zero included) and of FAILs by
/// severity, so renderers print them without counting.
public struct AuditSummary: Sendable, Hashable {
    public var total: Int
    /// In `CheckStatus.allCases` order: PASS, FAIL, MANUAL, ERROR.
    public var byStatus: [CheckStatus: Int]
    /// FAIL results per severity.
    public var failuresBySeverity: [Severity: Int]
    /// PASS results that rest on an attestation rather than an API response.
    public var attested: Int

    public init(_ results: [AuditResult]) {
        total = results.count
        var byStatus = Dictionary(uniqueKeysWithValues: CheckStatus.allCases.map { ($0, 0) })
        var failures = Dictionary(uniqueKeysWithValues: Severity.allCases.map { ($0, 0) })
        var attested = 0
        for result in results {
            byStatus[result.status, default: 0] += 1
            if result.status == .fail { failures[result.severity, default: 0] += 1 }
            if result.attestation != nil { attested += 1 }
        }
        self.byStatus = byStatus
        failuresBySeverity = failures
        self.attested = attested
    }

    public func count(_ status: CheckStatus) -> Int { byStatus[status] ?? 0 }
}

/// The verdict of one audit check on one resource.
///
/// Unlike a checker that reads a permission error as a failure, Groundwork keeps the four apart:
/// a FAIL is a fact about the organization, an ERROR is a fact about the audit (it could not
/// look), and a MANUAL is a question no public API answers.
public enum CheckStatus: String, Sendable, Hashable, CaseIterable, Comparable, Codable {
    /// The live organization meets the check, on the evidence of an API response (or, for a
    /// manual check, of an attestation).
    case pass = "PASS"
    /// The live organization does not meet the check.
    case fail = "FAIL"
    /// No public API can answer; a person must attach evidence (see `AuditCheck.manualEvidence`).
    case manual = "MANUAL"
    /// The audit could not decide, usually because an API call was denied or failed.
    /// Never counted as a FAIL: the organization may well be compliant.
    case error = "ERROR"

    /// How bad the status is, for "worst status" colouring: PASS < MANUAL < ERROR < FAIL.
    ///
    /// ERROR ranks above MANUAL because nobody knows the answer, and below FAIL because a known
    /// violation is worse than an unknown.
    public var badness: Int {
        switch self {
        case .pass: 0
        case .manual: 1
        case .error: 2
        case .fail: 3
        }
    }

    /// Ordered by `badness`, so `max()` of a set of statuses is the worst.
    public static func < (lhs: CheckStatus, rhs: CheckStatus) -> Bool { lhs.badness < rhs.badness }
}

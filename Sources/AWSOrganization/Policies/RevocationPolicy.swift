public import OrgModel

/// The pre-staged offboarding SCP: one `Deny *` whose condition lists revoked people.
///
/// It is attached at the root from day one, so offboarding changes the content of a policy that is
/// already in place instead of attaching a new one (attachments are the slower, riskier step).
/// An SCP is evaluated on every request, so a revoked person's existing sessions stop working at
/// once, not when their credentials expire.
///
/// People sign in to accounts through Identity Center's `AWSReservedSSO_*` roles, whose sessions
/// are named after the Identity Center user name; `aws:userid` then reads `AROA…:<user name>`.
/// The policy matches `*:<name>` for the person's user name and email address, so it also denies
/// sessions of any role they chain into under the same session name. With nobody revoked it
/// lists a placeholder that is no possible `aws:userid` (role sessions contain a colon, users and
/// roots are upper-case ids or digits), so it denies nobody and is still a valid SCP.
public struct RevocationPolicy: Sendable, Hashable {
    /// The revocation policy governs every member account.
    public static let target: PolicyTarget = .root
    /// The value listed while nobody is revoked; it matches no principal.
    public static let placeholder = "groundwork-no-revoked-principal"
    static let conditionKey = "aws:userid"
    static let sid = "RevokedPeople"

    /// Revoked session names (user names and emails), sorted, without duplicates.
    public private(set) var sessionNames: [String]

    /// The pre-staged policy with nobody revoked yet.
    public init() {
        sessionNames = []
    }

    /// - Throws: `PolicyError` `.invalidValue` when a name cannot be a role session name.
    public init(sessionNames: [String]) throws {
        for name in sessionNames where !Self.isSessionName(name) {
            throw PolicyError(.invalidValue, Self.invalidNameMessage(name))
        }
        self.sessionNames = Array(Set(sessionNames)).sorted()
    }

    /// Reads the revoked names back from the live revocation documents (as `DescribePolicy` returns them).
    public init(documents: [PolicyDocument]) throws {
        let values = documents.flatMap(\.statements)
            .filter { $0.sid?.hasPrefix(Self.sid) == true }
            .flatMap { $0.condition.values(.stringLike, Self.conditionKey) ?? [] }
            .filter { $0 != Self.placeholder }
            .map { $0.hasPrefix("*:") ? String($0.dropFirst(2)) : $0 }
        try self.init(sessionNames: values)
    }

    /// Denies everything to a person: their Identity Center user name and email as session names.
    ///
    /// Names longer than 64 characters or with characters STS refuses in a session name can never
    /// name a session, so they are left out; the person is refused only if neither name can.
    /// - Throws: `PolicyError` `.invalidValue` when neither name can be a session name.
    public mutating func revoke(_ person: Person) throws {
        let names = Self.names(of: person)
        guard !names.isEmpty else {
            throw PolicyError(.invalidValue, Self.invalidNameMessage(person.key))
        }
        sessionNames = Array(Set(sessionNames).union(names)).sorted()
    }

    /// Lifts a revocation (for example when someone offboarded by mistake returns).
    public mutating func restore(_ person: Person) {
        let names = Set(Self.names(of: person))
        sessionNames.removeAll { names.contains($0) }
    }

    /// True when any of the person's names is revoked.
    public func isRevoked(_ person: Person) -> Bool {
        Self.names(of: person).contains(where: sessionNames.contains)
    }

    /// The single logical statement, before any split for size.
    public var statement: PolicyStatement {
        let values = sessionNames.isEmpty ? [Self.placeholder] : sessionNames.map { "*:\($0)" }
        return PolicyStatement(
            sid: Self.sid, effect: .deny, actions: .action(["*"]),
            condition: PolicyCondition().setting(.stringLike, Self.conditionKey, values))
    }

    /// The documents to deploy: one while the list fits in 5,120 bytes, more when it does not.
    public func documents() throws -> [PolicyDocument] {
        try PolicyPacker.pack([statement])
    }

    private static func names(of person: Person) -> [String] {
        Array(Set([person.key, person.email].filter(isSessionName))).sorted()
    }

    /// STS role session names: 2–64 characters from letters, digits and `+=,.@-_`.
    static func isSessionName(_ name: String) -> Bool {
        (2...64).contains(name.count)
            && name.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "+=,.@-_".contains($0)) }
    }

    private static func invalidNameMessage(_ name: String) -> String {
        "'\(name)' cannot be a role session name (2 to 64 letters, digits or +=,.@-_), so no session can be revoked by it; "
            + "check the person's Identity Center user name and email"
    }
}

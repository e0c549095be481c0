public import OrgModel

/// A permission profile as an IAM Identity Center permission set.
///
/// See [CreatePermissionSet](https://docs.aws.amazon.com/singlesignon/latest/APIReference/API_CreatePermissionSet.html).
public struct PermissionSetDefinition: Sendable, Hashable {
    /// Identity Center's session range: one hour to twelve hours.
    public static let sessionSecondsRange = 3_600...43_200

    public var name: String
    public var description: String
    /// ISO 8601 duration (`PT1H`, `PT8H`, `PT1H30M`).
    public var sessionDuration: String
    /// Managed policies in the order the profile lists them.
    public var managedPolicies: [ManagedPolicyReference]
    /// The `data-access: none` denial, or nil.
    public var inlinePolicy: PolicyDocument?

    public init(
        name: String, description: String, sessionDuration: String, managedPolicies: [ManagedPolicyReference],
        inlinePolicy: PolicyDocument?
    ) {
        self.name = name
        self.description = description
        self.sessionDuration = sessionDuration
        self.managedPolicies = managedPolicies
        self.inlinePolicy = inlinePolicy
    }

    /// Translates a profile.
    ///
    /// - Throws: `PolicyError` `.invalidValue` for a name Identity Center refuses, a session outside
    ///   1–12 hours, or a policy that is neither a managed policy name nor an ARN.
    public init(profile: PermissionProfile) throws {
        guard (1...32).contains(profile.name.count),
            profile.name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "+=,.@_-".contains($0)) })
        else {
            throw PolicyError(
                .invalidValue,
                "profile name '\(profile.name)' cannot name a permission set: use 1 to 32 letters, digits or +=,.@_-")
        }
        var seen: Set<ManagedPolicyReference> = []
        let policies = try profile.policies.map(ManagedPolicyReference.init).filter { seen.insert($0).inserted }
        self.init(
            name: profile.name,
            description: "Groundwork permission profile '\(profile.name)'"
                + (profile.dataAccess == .none ? " (no data access)" : ""),
            sessionDuration: try Self.sessionDuration(seconds: profile.sessionSeconds),
            managedPolicies: policies,
            inlinePolicy: profile.dataAccess == .none ? DataAccessDenial.document : nil
        )
    }

    /// AWS managed policy ARNs, for `AttachManagedPolicyToPermissionSet`.
    public var awsManagedPolicyARNs: [String] {
        managedPolicies.compactMap { if case .awsManaged(let arn) = $0 { arn } else { nil } }
    }

    /// Seconds as an ISO 8601 duration, largest units first: 3600 → `PT1H`, 5400 → `PT1H30M`.
    ///
    /// - Throws: `PolicyError` `.invalidValue` outside one to twelve hours.
    public static func sessionDuration(seconds: Int) throws -> String {
        guard sessionSecondsRange.contains(seconds) else {
            throw PolicyError(
                .invalidValue,
                "session of \(seconds) seconds is outside what Identity Center allows; use 1h to 12h (3600 to 43200 seconds)"
            )
        }
        let hours = seconds / 3_600
        let minutes = seconds % 3_600 / 60
        let rest = seconds % 60
        return "PT" + (hours > 0 ? "\(hours)H" : "") + (minutes > 0 ? "\(minutes)M" : "") + (rest > 0 ? "\(rest)S" : "")
    }

    /// Reads an ISO 8601 duration as Identity Center returns it (`PT8H`, `PT1H30M`) back into seconds.
    ///
    /// - Throws: `PolicyError` `.invalidValue` when it is not a `PT…H…M…S` duration.
    public static func sessionSeconds(iso8601 text: String) throws -> Int {
        guard text.hasPrefix("PT"), text.count > 2 else {
            throw PolicyError(
                .invalidValue, "session duration '\(text)' is not an ISO 8601 time duration such as 'PT8H'")
        }
        var total = 0
        var digits = ""
        var lastUnit = 0
        for character in text.dropFirst(2) {
            if character.isASCII, character.isNumber {
                digits.append(character)
                continue
            }
            let units: [Character: (Int, Int)] = ["H": (1, 3_600), "M": (2, 60), "S": (3, 1)]
            guard let (order, scale) = units[character], order > lastUnit, let value = Int(digits) else {
                throw PolicyError(
                    .invalidValue, "session duration '\(text)' is not an ISO 8601 time duration such as 'PT8H'")
            }
            total += value * scale
            lastUnit = order
            digits = ""
        }
        guard digits.isEmpty else {
            throw PolicyError(
                .invalidValue, "session duration '\(text)' is not an ISO 8601 time duration such as 'PT8H'")
        }
        return total
    }
}

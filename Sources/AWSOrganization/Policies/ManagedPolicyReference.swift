/// A managed policy a permission set attaches, as IAM Identity Center wants it.
///
/// Identity Center attaches AWS managed policies by ARN, but customer managed policies only by
/// name and path, because the same policy must exist in every account the set is assigned to.
/// See [AttachManagedPolicyToPermissionSet](https://docs.aws.amazon.com/singlesignon/latest/APIReference/API_AttachManagedPolicyToPermissionSet.html)
/// and [CustomerManagedPolicyReference](https://docs.aws.amazon.com/singlesignon/latest/APIReference/API_CustomerManagedPolicyReference.html).
public enum ManagedPolicyReference: Sendable, Hashable {
    /// `arn:aws:iam::aws:policy/<path><name>`.
    case awsManaged(arn: String)
    /// A customer managed policy by name and path (`/` when none).
    case customerManaged(name: String, path: String)

    /// AWS managed policies for job functions that live under the `job-function/` path, so a spec
    /// can write `ViewOnlyAccess` and still get the right ARN.
    /// See [AWS managed policies for job functions](https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_job-functions.html).
    public static let jobFunctionPolicies: Set<String> = [
        "Billing",
        "DataScientist",
        "DatabaseAdministrator",
        "NetworkAdministrator",
        "SupportUser",
        "SystemAdministrator",
        "ViewOnlyAccess",
    ]

    /// Reads a policy as a spec writes it: a bare AWS managed name (`AdministratorAccess`,
    /// `ViewOnlyAccess`), a name with its path (`job-function/ViewOnlyAccess`,
    /// `service-role/AWSConfigRole`), an AWS managed ARN, or a customer managed ARN
    /// (`arn:aws:iam::123456789012:policy/team/Deploy`).
    ///
    /// - Throws: `PolicyError` `.invalidValue` for anything else.
    public init(_ text: String) throws {
        let awsPrefix = "arn:aws:iam::aws:policy/"
        if text.hasPrefix(awsPrefix) {
            let rest = String(text.dropFirst(awsPrefix.count))
            guard Self.isPolicyPath(rest) else { throw Self.invalid(text) }
            self = .awsManaged(arn: text)
            return
        }
        if text.hasPrefix("arn:") {
            // arn:aws:iam::<12 digits>:policy/<path/>name
            let parts = text.split(separator: ":", maxSplits: 5, omittingEmptySubsequences: false)
            guard parts.count == 6, parts[0] == "arn", parts[2] == "iam", parts[3].isEmpty,
                parts[4].count == 12, parts[4].allSatisfy(\.isNumber), parts[5].hasPrefix("policy/")
            else { throw Self.invalid(text) }
            let full = String(parts[5].dropFirst("policy/".count))
            guard Self.isPolicyPath(full) else { throw Self.invalid(text) }
            let components = full.split(separator: "/")
            let name = String(components.last ?? "")
            let path = components.count > 1 ? "/" + components.dropLast().joined(separator: "/") + "/" : "/"
            self = .customerManaged(name: name, path: path)
            return
        }
        guard Self.isPolicyPath(text) else { throw Self.invalid(text) }
        let path = !text.contains("/") && Self.jobFunctionPolicies.contains(text) ? "job-function/\(text)" : text
        self = .awsManaged(arn: awsPrefix + path)
    }

    private static func isPolicyPath(_ text: String) -> Bool {
        let components = text.split(separator: "/", omittingEmptySubsequences: false)
        return !text.isEmpty
            && components.allSatisfy { component in
                (1...128).contains(component.count)
                    && component.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "+=,.@_-".contains($0)) }
            }
    }

    private static func invalid(_ text: String) -> PolicyError {
        PolicyError(
            .invalidValue,
            "policy '\(text)' is not a managed policy name or ARN; write an AWS managed name such as 'ReadOnlyAccess' "
                + "or 'job-function/ViewOnlyAccess', or an ARN such as 'arn:aws:iam::123456789012:policy/Deploy'"
        )
    }
}

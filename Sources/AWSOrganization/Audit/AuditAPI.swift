import AWS
import Foundation

/// The read-only calls the audit makes beyond what `LiveReader` reads: IAM inside each account,
/// the trail's KMS key policy. Shapes follow botocore's model (member names as coding keys).
enum AuditAPI {
    static let getLoginProfile = AWSOperation<UserRequest, EmptyOutput>.query(.iam, "GetLoginProfile")
    static let listRoles = AWSOperation<ListRolesRequest, ListRolesResponse>.query(.iam, "ListRoles")
    static let listSAMLProviders = AWSOperation<EmptyInput, ListSAMLProvidersResponse>.query(.iam, "ListSAMLProviders")
    static let listOpenIDConnectProviders = AWSOperation<EmptyInput, ListOIDCProvidersResponse>.query(
        .iam, "ListOpenIDConnectProviders")
    static let getKeyPolicy = AWSOperation<KeyPolicyRequest, KeyPolicyResponse>.json(.kms, "GetKeyPolicy")

    /// `GetAccountSummary` answers a `SummaryMap` of `<entry><key/><value/></entry>`, which the
    /// generic decoder does not read as a dictionary; it is read here.
    static let getAccountSummary = AWSOperation<EmptyInput, [String: Int]>(
        service: .iam, name: "GetAccountSummary",
        encode: { input in try QueryProtocol.request(service: .iam, operation: "GetAccountSummary", input: input) },
        decode: { response in
            let tree = try XMLTree(parsing: response.body)
            let map = tree["GetAccountSummaryResult"]?["SummaryMap"]
            var summary: [String: Int] = [:]
            for entry in map?.all("entry") ?? [] {
                if let key = entry["key"]?.text, let value = entry["value"]?.text.trimmingCharacters(in: .whitespaces) {
                    summary[key] = Int(value) ?? 0
                }
            }
            return summary
        })

    struct UserRequest: Sendable, Hashable, Codable {
        var userName: String
    }

    struct ListRolesRequest: Sendable, Hashable, Codable, MarkerPaginatedRequest {
        var marker: String?
        var maxItems: Int?
    }

    struct Role: Sendable, Hashable, Codable {
        var roleName: String
        var arn: String
        var path: String?
        /// URL-encoded JSON, as IAM returns it.
        var assumeRolePolicyDocument: String?
    }

    struct ListRolesResponse: Sendable, Hashable, Codable, MarkerPaginatedResponse {
        var roles: [Role]
        var isTruncated: Bool?
        var marker: String?
    }

    struct SAMLProvider: Sendable, Hashable, Codable {
        var arn: String?
    }

    struct ListSAMLProvidersResponse: Sendable, Hashable, Codable {
        var sAMLProviderList: [SAMLProvider]?

        enum CodingKeys: String, CodingKey {
            case sAMLProviderList = "SAMLProviderList"
        }
    }

    struct OIDCProvider: Sendable, Hashable, Codable {
        var arn: String?
    }

    struct ListOIDCProvidersResponse: Sendable, Hashable, Codable {
        var openIDConnectProviderList: [OIDCProvider]?
    }

    struct KeyPolicyRequest: Sendable, Hashable, Codable {
        var keyId: String
        var policyName: String = "default"
    }

    struct KeyPolicyResponse: Sendable, Hashable, Codable {
        var policy: String?
    }
}

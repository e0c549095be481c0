import AWS
import Foundation

/// The one AWS Organizations call plan and apply need that the `AWS` module does not declare yet:
/// the list of account creations still in progress, so a lost journal never leads to a second
/// `CreateAccount`. Members follow botocore's `organizations` model.
enum OrganizationsAPI {
    static let listCreateAccountStatus = AWSOperation<ListCreateAccountStatusRequest, ListCreateAccountStatusResponse>
        .json(.organizations, "ListCreateAccountStatus")

    struct ListCreateAccountStatusRequest: Sendable, Hashable, Codable, NextTokenPaginatedRequest {
        var states: [String]?
        var nextToken: String?
        var maxResults: Int?
    }

    struct ListCreateAccountStatusResponse: Sendable, Hashable, Codable, NextTokenPaginatedResponse {
        var createAccountStatuses: [Organizations.CreateAccountStatus]?
        var nextToken: String?
    }
}

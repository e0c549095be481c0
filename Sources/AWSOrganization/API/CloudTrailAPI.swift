import AWS
import Foundation

/// The CloudTrail calls plan and apply make, declared here until the shared `AWS` service files
/// carry them; members follow botocore's `cloudtrail` model.
enum CloudTrailAPI {
    static let describeTrails = AWSOperation<EmptyInput, DescribeTrailsResponse>.json(.cloudTrail, "DescribeTrails")
    static let getTrailStatus = AWSOperation<NameRequest, TrailStatusResponse>.json(.cloudTrail, "GetTrailStatus")
    static let createTrail = AWSOperation<TrailRequest, Trail>.json(.cloudTrail, "CreateTrail")
    static let updateTrail = AWSOperation<TrailRequest, Trail>.json(.cloudTrail, "UpdateTrail")
    static let startLogging = AWSOperation<NameRequest, EmptyOutput>.json(.cloudTrail, "StartLogging")

    struct Trail: Sendable, Hashable, Codable {
        var name: String?
        var s3BucketName: String?
        var includeGlobalServiceEvents: Bool?
        var isMultiRegionTrail: Bool?
        var homeRegion: String?
        var trailARN: String?
        var logFileValidationEnabled: Bool?
        var kmsKeyId: String?
        var isOrganizationTrail: Bool?
    }

    struct DescribeTrailsResponse: Sendable, Hashable, Codable {
        var trailList: [Trail]?
    }

    struct NameRequest: Sendable, Hashable, Codable {
        var name: String
    }

    struct TrailStatusResponse: Sendable, Hashable, Codable {
        var isLogging: Bool?
    }

    struct TrailRequest: Sendable, Hashable, Codable {
        var name: String
        var s3BucketName: String
        var includeGlobalServiceEvents: Bool
        var isMultiRegionTrail: Bool
        var enableLogFileValidation: Bool
        var isOrganizationTrail: Bool
        var kmsKeyId: String?
    }
}

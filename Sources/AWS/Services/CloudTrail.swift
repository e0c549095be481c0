public import Foundation

/// AWS CloudTrail trail operations (JSON 1.1): the organization trail that `apply` creates and
/// `audit` proves is logging, multi-region and validating its log files.
///
/// Related AWS documentation: https://docs.aws.amazon.com/awscloudtrail/latest/APIReference/Welcome.html
public enum CloudTrail {
    /// Creates a trail that specifies the settings for delivery of log data to an Amazon S3 bucket.
    public static let createTrail = AWSOperation<CreateTrailRequest, CreateTrailResponse>.json(
        .cloudTrail,
        "CreateTrail"
    )
    /// Updates trail settings that control what events you are logging, and how to handle log files.
    public static let updateTrail = AWSOperation<UpdateTrailRequest, UpdateTrailResponse>.json(
        .cloudTrail,
        "UpdateTrail"
    )
    /// Deletes a trail.
    public static let deleteTrail = AWSOperation<DeleteTrailRequest, EmptyOutput>.json(.cloudTrail, "DeleteTrail")
    /// Retrieves settings for one or more trails associated with the current Region for your account.
    public static let describeTrails = AWSOperation<DescribeTrailsRequest, DescribeTrailsResponse>.json(
        .cloudTrail,
        "DescribeTrails"
    )
    /// Returns settings information for a specified trail.
    public static let getTrail = AWSOperation<GetTrailRequest, GetTrailResponse>.json(.cloudTrail, "GetTrail")
    /// Whether the trail is logging, and when it last delivered logs, digests and notifications (or failed to).
    public static let getTrailStatus = AWSOperation<GetTrailStatusRequest, GetTrailStatusResponse>.json(
        .cloudTrail,
        "GetTrailStatus"
    )
    /// Starts the recording of Amazon Web Services API calls and log file delivery for a trail.
    public static let startLogging = AWSOperation<StartLoggingRequest, EmptyOutput>.json(.cloudTrail, "StartLogging")
    /// Suspends the recording of Amazon Web Services API calls and log file delivery for the specified trail.
    public static let stopLogging = AWSOperation<StopLoggingRequest, EmptyOutput>.json(.cloudTrail, "StopLogging")
    /// Describes the settings for the event selectors that you configured for your trail.
    public static let getEventSelectors = AWSOperation<GetEventSelectorsRequest, GetEventSelectorsResponse>.json(
        .cloudTrail,
        "GetEventSelectors"
    )
    /// Configures event selectors (also referred to as basic event selectors) or advanced event selectors for your
    /// trail.
    public static let putEventSelectors = AWSOperation<PutEventSelectorsRequest, PutEventSelectorsResponse>.json(
        .cloudTrail,
        "PutEventSelectors"
    )
    /// Lists trails that are in the current account.
    public static let listTrails = AWSOperation<ListTrailsRequest, ListTrailsResponse>.json(.cloudTrail, "ListTrails")

    public struct CreateTrailRequest: Sendable, Hashable, Codable {
        public var name: String
        public var s3BucketName: String
        public var s3KeyPrefix: String?
        public var snsTopicName: String?
        public var includeGlobalServiceEvents: Bool?
        public var isMultiRegionTrail: Bool?
        public var enableLogFileValidation: Bool?
        public var cloudWatchLogsLogGroupArn: String?
        public var cloudWatchLogsRoleArn: String?
        public var kmsKeyId: String?
        public var isOrganizationTrail: Bool?
        public var tagsList: [Tag]?

        public init(
            name: String,
            s3BucketName: String,
            s3KeyPrefix: String? = nil,
            snsTopicName: String? = nil,
            includeGlobalServiceEvents: Bool? = nil,
            isMultiRegionTrail: Bool? = nil,
            enableLogFileValidation: Bool? = nil,
            cloudWatchLogsLogGroupArn: String? = nil,
            cloudWatchLogsRoleArn: String? = nil,
            kmsKeyId: String? = nil,
            isOrganizationTrail: Bool? = nil,
            tagsList: [Tag]? = nil
        ) {
            self.name = name
            self.s3BucketName = s3BucketName
            self.s3KeyPrefix = s3KeyPrefix
            self.snsTopicName = snsTopicName
            self.includeGlobalServiceEvents = includeGlobalServiceEvents
            self.isMultiRegionTrail = isMultiRegionTrail
            self.enableLogFileValidation = enableLogFileValidation
            self.cloudWatchLogsLogGroupArn = cloudWatchLogsLogGroupArn
            self.cloudWatchLogsRoleArn = cloudWatchLogsRoleArn
            self.kmsKeyId = kmsKeyId
            self.isOrganizationTrail = isOrganizationTrail
            self.tagsList = tagsList
        }
    }

    /// A custom key-value pair associated with a resource such as a CloudTrail trail, event data store, dashboard, or
    /// channel.
    public struct Tag: Sendable, Hashable, Codable {
        public var key: String
        public var value: String?

        public init(key: String, value: String? = nil) {
            self.key = key
            self.value = value
        }
    }

    public struct CreateTrailResponse: Sendable, Hashable, Codable {
        public var name: String?
        public var s3BucketName: String?
        public var s3KeyPrefix: String?
        public var snsTopicName: String?
        public var snsTopicARN: String?
        public var includeGlobalServiceEvents: Bool?
        public var isMultiRegionTrail: Bool?
        public var trailARN: String?
        public var logFileValidationEnabled: Bool?
        public var cloudWatchLogsLogGroupArn: String?
        public var cloudWatchLogsRoleArn: String?
        public var kmsKeyId: String?
        public var isOrganizationTrail: Bool?

        public init(
            name: String? = nil,
            s3BucketName: String? = nil,
            s3KeyPrefix: String? = nil,
            snsTopicName: String? = nil,
            snsTopicARN: String? = nil,
            includeGlobalServiceEvents: Bool? = nil,
            isMultiRegionTrail: Bool? = nil,
            trailARN: String? = nil,
            logFileValidationEnabled: Bool? = nil,
            cloudWatchLogsLogGroupArn: String? = nil,
            cloudWatchLogsRoleArn: String? = nil,
            kmsKeyId: String? = nil,
            isOrganizationTrail: Bool? = nil
        ) {
            self.name = name
            self.s3BucketName = s3BucketName
            self.s3KeyPrefix = s3KeyPrefix
            self.snsTopicName = snsTopicName
            self.snsTopicARN = snsTopicARN
            self.includeGlobalServiceEvents = includeGlobalServiceEvents
            self.isMultiRegionTrail = isMultiRegionTrail
            self.trailARN = trailARN
            self.logFileValidationEnabled = logFileValidationEnabled
            self.cloudWatchLogsLogGroupArn = cloudWatchLogsLogGroupArn
            self.cloudWatchLogsRoleArn = cloudWatchLogsRoleArn
            self.kmsKeyId = kmsKeyId
            self.isOrganizationTrail = isOrganizationTrail
        }
    }

    public struct UpdateTrailRequest: Sendable, Hashable, Codable {
        public var name: String
        public var s3BucketName: String?
        public var s3KeyPrefix: String?
        public var snsTopicName: String?
        public var includeGlobalServiceEvents: Bool?
        public var isMultiRegionTrail: Bool?
        public var enableLogFileValidation: Bool?
        public var cloudWatchLogsLogGroupArn: String?
        public var cloudWatchLogsRoleArn: String?
        public var kmsKeyId: String?
        public var isOrganizationTrail: Bool?

        public init(
            name: String,
            s3BucketName: String? = nil,
            s3KeyPrefix: String? = nil,
            snsTopicName: String? = nil,
            includeGlobalServiceEvents: Bool? = nil,
            isMultiRegionTrail: Bool? = nil,
            enableLogFileValidation: Bool? = nil,
            cloudWatchLogsLogGroupArn: String? = nil,
            cloudWatchLogsRoleArn: String? = nil,
            kmsKeyId: String? = nil,
            isOrganizationTrail: Bool? = nil
        ) {
            self.name = name
            self.s3BucketName = s3BucketName
            self.s3KeyPrefix = s3KeyPrefix
            self.snsTopicName = snsTopicName
            self.includeGlobalServiceEvents = includeGlobalServiceEvents
            self.isMultiRegionTrail = isMultiRegionTrail
            self.enableLogFileValidation = enableLogFileValidation
            self.cloudWatchLogsLogGroupArn = cloudWatchLogsLogGroupArn
            self.cloudWatchLogsRoleArn = cloudWatchLogsRoleArn
            self.kmsKeyId = kmsKeyId
            self.isOrganizationTrail = isOrganizationTrail
        }
    }

    public struct UpdateTrailResponse: Sendable, Hashable, Codable {
        public var name: String?
        public var s3BucketName: String?
        public var s3KeyPrefix: String?
        public var snsTopicName: String?
        public var snsTopicARN: String?
        public var includeGlobalServiceEvents: Bool?
        public var isMultiRegionTrail: Bool?
        public var trailARN: String?
        public var logFileValidationEnabled: Bool?
        public var cloudWatchLogsLogGroupArn: String?
        public var cloudWatchLogsRoleArn: String?
        public var kmsKeyId: String?
        public var isOrganizationTrail: Bool?

        public init(
            name: String? = nil,
            s3BucketName: String? = nil,
            s3KeyPrefix: String? = nil,
            snsTopicName: String? = nil,
            snsTopicARN: String? = nil,
            includeGlobalServiceEvents: Bool? = nil,
            isMultiRegionTrail: Bool? = nil,
            trailARN: String? = nil,
            logFileValidationEnabled: Bool? = nil,
            cloudWatchLogsLogGroupArn: String? = nil,
            cloudWatchLogsRoleArn: String? = nil,
            kmsKeyId: String? = nil,
            isOrganizationTrail: Bool? = nil
        ) {
            self.name = name
            self.s3BucketName = s3BucketName
            self.s3KeyPrefix = s3KeyPrefix
            self.snsTopicName = snsTopicName
            self.snsTopicARN = snsTopicARN
            self.includeGlobalServiceEvents = includeGlobalServiceEvents
            self.isMultiRegionTrail = isMultiRegionTrail
            self.trailARN = trailARN
            self.logFileValidationEnabled = logFileValidationEnabled
            self.cloudWatchLogsLogGroupArn = cloudWatchLogsLogGroupArn
            self.cloudWatchLogsRoleArn = cloudWatchLogsRoleArn
            self.kmsKeyId = kmsKeyId
            self.isOrganizationTrail = isOrganizationTrail
        }
    }

    public struct DeleteTrailRequest: Sendable, Hashable, Codable {
        public var name: String

        public init(name: String) {
            self.name = name
        }
    }

    public struct DescribeTrailsRequest: Sendable, Hashable, Codable {
        public var trailNameList: [String]?
        public var includeShadowTrails: Bool?

        public init(trailNameList: [String]? = nil, includeShadowTrails: Bool? = nil) {
            self.trailNameList = trailNameList
            self.includeShadowTrails = includeShadowTrails
        }
    }

    public struct DescribeTrailsResponse: Sendable, Hashable, Codable {
        public var trailList: [Trail]?

        public init(trailList: [Trail]? = nil) {
            self.trailList = trailList
        }
    }

    /// The settings for a trail.
    public struct Trail: Sendable, Hashable, Codable {
        public var name: String?
        public var s3BucketName: String?
        public var s3KeyPrefix: String?
        public var snsTopicName: String?
        public var snsTopicARN: String?
        public var includeGlobalServiceEvents: Bool?
        public var isMultiRegionTrail: Bool?
        public var homeRegion: String?
        public var trailARN: String?
        public var logFileValidationEnabled: Bool?
        public var cloudWatchLogsLogGroupArn: String?
        public var cloudWatchLogsRoleArn: String?
        public var kmsKeyId: String?
        public var hasCustomEventSelectors: Bool?
        public var hasInsightSelectors: Bool?
        public var isOrganizationTrail: Bool?

        public init(
            name: String? = nil,
            s3BucketName: String? = nil,
            s3KeyPrefix: String? = nil,
            snsTopicName: String? = nil,
            snsTopicARN: String? = nil,
            includeGlobalServiceEvents: Bool? = nil,
            isMultiRegionTrail: Bool? = nil,
            homeRegion: String? = nil,
            trailARN: String? = nil,
            logFileValidationEnabled: Bool? = nil,
            cloudWatchLogsLogGroupArn: String? = nil,
            cloudWatchLogsRoleArn: String? = nil,
            kmsKeyId: String? = nil,
            hasCustomEventSelectors: Bool? = nil,
            hasInsightSelectors: Bool? = nil,
            isOrganizationTrail: Bool? = nil
        ) {
            self.name = name
            self.s3BucketName = s3BucketName
            self.s3KeyPrefix = s3KeyPrefix
            self.snsTopicName = snsTopicName
            self.snsTopicARN = snsTopicARN
            self.includeGlobalServiceEvents = includeGlobalServiceEvents
            self.isMultiRegionTrail = isMultiRegionTrail
            self.homeRegion = homeRegion
            self.trailARN = trailARN
            self.logFileValidationEnabled = logFileValidationEnabled
            self.cloudWatchLogsLogGroupArn = cloudWatchLogsLogGroupArn
            self.cloudWatchLogsRoleArn = cloudWatchLogsRoleArn
            self.kmsKeyId = kmsKeyId
            self.hasCustomEventSelectors = hasCustomEventSelectors
            self.hasInsightSelectors = hasInsightSelectors
            self.isOrganizationTrail = isOrganizationTrail
        }
    }

    public struct GetTrailRequest: Sendable, Hashable, Codable {
        public var name: String

        public init(name: String) {
            self.name = name
        }
    }

    public struct GetTrailResponse: Sendable, Hashable, Codable {
        public var trail: Trail?

        public init(trail: Trail? = nil) {
            self.trail = trail
        }
    }

    public struct GetTrailStatusRequest: Sendable, Hashable, Codable {
        public var name: String

        public init(name: String) {
            self.name = name
        }
    }

    public struct GetTrailStatusResponse: Sendable, Hashable, Codable {
        public var isLogging: Bool?
        public var latestDeliveryError: String?
        public var latestNotificationError: String?
        public var latestDeliveryTime: Date?
        public var latestNotificationTime: Date?
        public var startLoggingTime: Date?
        public var stopLoggingTime: Date?
        public var latestCloudWatchLogsDeliveryError: String?
        public var latestCloudWatchLogsDeliveryTime: Date?
        public var latestDigestDeliveryTime: Date?
        public var latestDigestDeliveryError: String?
        public var latestDeliveryAttemptTime: String?
        public var latestNotificationAttemptTime: String?
        public var latestNotificationAttemptSucceeded: String?
        public var latestDeliveryAttemptSucceeded: String?
        public var timeLoggingStarted: String?
        public var timeLoggingStopped: String?

        public init(
            isLogging: Bool? = nil,
            latestDeliveryError: String? = nil,
            latestNotificationError: String? = nil,
            latestDeliveryTime: Date? = nil,
            latestNotificationTime: Date? = nil,
            startLoggingTime: Date? = nil,
            stopLoggingTime: Date? = nil,
            latestCloudWatchLogsDeliveryError: String? = nil,
            latestCloudWatchLogsDeliveryTime: Date? = nil,
            latestDigestDeliveryTime: Date? = nil,
            latestDigestDeliveryError: String? = nil,
            latestDeliveryAttemptTime: String? = nil,
            latestNotificationAttemptTime: String? = nil,
            latestNotificationAttemptSucceeded: String? = nil,
            latestDeliveryAttemptSucceeded: String? = nil,
            timeLoggingStarted: String? = nil,
            timeLoggingStopped: String? = nil
        ) {
            self.isLogging = isLogging
            self.latestDeliveryError = latestDeliveryError
            self.latestNotificationError = latestNotificationError
            self.latestDeliveryTime = latestDeliveryTime
            self.latestNotificationTime = latestNotificationTime
            self.startLoggingTime = startLoggingTime
            self.stopLoggingTime = stopLoggingTime
            self.latestCloudWatchLogsDeliveryError = latestCloudWatchLogsDeliveryError
            self.latestCloudWatchLogsDeliveryTime = latestCloudWatchLogsDeliveryTime
            self.latestDigestDeliveryTime = latestDigestDeliveryTime
            self.latestDigestDeliveryError = latestDigestDeliveryError
            self.latestDeliveryAttemptTime = latestDeliveryAttemptTime
            self.latestNotificationAttemptTime = latestNotificationAttemptTime
            self.latestNotificationAttemptSucceeded = latestNotificationAttemptSucceeded
            self.latestDeliveryAttemptSucceeded = latestDeliveryAttemptSucceeded
            self.timeLoggingStarted = timeLoggingStarted
            self.timeLoggingStopped = timeLoggingStopped
        }
    }

    public struct StartLoggingRequest: Sendable, Hashable, Codable {
        /// The trail's name or ARN; for a trail in another account or region, its ARN. (moto 5.2 finds
        /// trails by name only, so its tests pass the name.)
        public var name: String

        public init(name: String) {
            self.name = name
        }
    }

    public struct StopLoggingRequest: Sendable, Hashable, Codable {
        /// The trail's name or ARN; for a trail in another account or region, its ARN. (moto 5.2 finds
        /// trails by name only, so its tests pass the name.)
        public var name: String

        public init(name: String) {
            self.name = name
        }
    }

    public struct GetEventSelectorsRequest: Sendable, Hashable, Codable {
        public var trailName: String

        public init(trailName: String) {
            self.trailName = trailName
        }
    }

    public struct GetEventSelectorsResponse: Sendable, Hashable, Codable {
        public var trailARN: String?
        public var eventSelectors: [EventSelector]?
        public var advancedEventSelectors: [AdvancedEventSelector]?

        public init(
            trailARN: String? = nil,
            eventSelectors: [EventSelector]? = nil,
            advancedEventSelectors: [AdvancedEventSelector]? = nil
        ) {
            self.trailARN = trailARN
            self.eventSelectors = eventSelectors
            self.advancedEventSelectors = advancedEventSelectors
        }
    }

    /// Use event selectors to further specify the management and data event settings for your trail.
    public struct EventSelector: Sendable, Hashable, Codable {
        /// One of `ReadOnly`, `WriteOnly`, `All`.
        public var readWriteType: String?
        public var includeManagementEvents: Bool?
        public var dataResources: [DataResource]?
        public var excludeManagementEventSources: [String]?

        public init(
            readWriteType: String? = nil,
            includeManagementEvents: Bool? = nil,
            dataResources: [DataResource]? = nil,
            excludeManagementEventSources: [String]? = nil
        ) {
            self.readWriteType = readWriteType
            self.includeManagementEvents = includeManagementEvents
            self.dataResources = dataResources
            self.excludeManagementEventSources = excludeManagementEventSources
        }
    }

    /// You can configure the DataResource in an EventSelector to log data events for the following three resource
    /// types: AWS::DynamoDB::Table AWS::Lambda::Function AWS::S3::Object To log data events for all other resource
    /// types including objects stored in directory buckets, you must use AdvancedEventSelectors.
    public struct DataResource: Sendable, Hashable, Codable {
        public var type: String?
        public var values: [String]?

        public init(type: String? = nil, values: [String]? = nil) {
            self.type = type
            self.values = values
        }
    }

    /// Advanced event selectors let you create fine-grained selectors for CloudTrail management, data, and network
    /// activity events.
    public struct AdvancedEventSelector: Sendable, Hashable, Codable {
        public var name: String?
        public var fieldSelectors: [AdvancedFieldSelector]

        public init(name: String? = nil, fieldSelectors: [AdvancedFieldSelector]) {
            self.name = name
            self.fieldSelectors = fieldSelectors
        }
    }

    /// A single selector statement in an advanced event selector.
    public struct AdvancedFieldSelector: Sendable, Hashable, Codable {
        public var field: String
        public var equals: [String]?
        public var startsWith: [String]?
        public var endsWith: [String]?
        public var notEquals: [String]?
        public var notStartsWith: [String]?
        public var notEndsWith: [String]?

        public init(
            field: String,
            equals: [String]? = nil,
            startsWith: [String]? = nil,
            endsWith: [String]? = nil,
            notEquals: [String]? = nil,
            notStartsWith: [String]? = nil,
            notEndsWith: [String]? = nil
        ) {
            self.field = field
            self.equals = equals
            self.startsWith = startsWith
            self.endsWith = endsWith
            self.notEquals = notEquals
            self.notStartsWith = notStartsWith
            self.notEndsWith = notEndsWith
        }
    }

    public struct PutEventSelectorsRequest: Sendable, Hashable, Codable {
        public var trailName: String
        public var eventSelectors: [EventSelector]?
        public var advancedEventSelectors: [AdvancedEventSelector]?

        public init(
            trailName: String,
            eventSelectors: [EventSelector]? = nil,
            advancedEventSelectors: [AdvancedEventSelector]? = nil
        ) {
            self.trailName = trailName
            self.eventSelectors = eventSelectors
            self.advancedEventSelectors = advancedEventSelectors
        }
    }

    public struct PutEventSelectorsResponse: Sendable, Hashable, Codable {
        public var trailARN: String?
        public var eventSelectors: [EventSelector]?
        public var advancedEventSelectors: [AdvancedEventSelector]?

        public init(
            trailARN: String? = nil,
            eventSelectors: [EventSelector]? = nil,
            advancedEventSelectors: [AdvancedEventSelector]? = nil
        ) {
            self.trailARN = trailARN
            self.eventSelectors = eventSelectors
            self.advancedEventSelectors = advancedEventSelectors
        }
    }

    public struct ListTrailsRequest: Sendable, Hashable, Codable, NextTokenPaginatedRequest {
        public var nextToken: String?

        public init() {}
    }

    public struct ListTrailsResponse: Sendable, Hashable, Codable, NextTokenPaginatedResponse {
        public var trails: [TrailInfo]?
        public var nextToken: String?

        public init(trails: [TrailInfo]? = nil, nextToken: String? = nil) {
            self.trails = trails
            self.nextToken = nextToken
        }
    }

    /// Information about a CloudTrail trail, including the trail's name, home Region, and Amazon Resource Name (ARN).
    public struct TrailInfo: Sendable, Hashable, Codable {
        public var trailARN: String?
        public var name: String?
        public var homeRegion: String?

        public init(trailARN: String? = nil, name: String? = nil, homeRegion: String? = nil) {
            self.trailARN = trailARN
            self.name = name
            self.homeRegion = homeRegion
        }
    }
}

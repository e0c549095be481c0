import AWS
import Foundation
import TestSupport
import Testing

/// The CloudTrail operations against moto.
///
/// moto 5.2 quirk: `StartLogging`, `StopLogging` and `GetTrailStatus` find a trail by name only,
/// where AWS also takes its ARN; these tests pass names.
@Suite(.timeLimit(.minutes(2)))
struct AWSOperationsCloudTrailTests {
    @Test func organizationTrailFromCreationToDeletion() async throws {
        try await AWSMotoHarness.withAuthenticatedMoto { _, client, _ in
            _ = try await client.send(Organizations.createOrganization, .init())
            _ = try await client.send(S3.createBucket, .init(bucket: "org-audit-logs"))

            let created = try await client.send(
                CloudTrail.createTrail,
                .init(
                    name: "org-trail",
                    s3BucketName: "org-audit-logs",
                    includeGlobalServiceEvents: true,
                    isMultiRegionTrail: true,
                    enableLogFileValidation: true,
                    isOrganizationTrail: true
                )
            )
            let arn = try #require(created.trailARN)
            #expect(created.isMultiRegionTrail == true)
            #expect(created.logFileValidationEnabled == true)

            let trail = try await client.send(CloudTrail.getTrail, .init(name: "org-trail")).trail
            #expect(trail?.s3BucketName == "org-audit-logs")
            #expect(trail?.isOrganizationTrail == true)
            let described = try await client.send(CloudTrail.describeTrails, .init(trailNameList: [arn])).trailList
            #expect(described?.map(\.name) == ["org-trail"])
            #expect(described?.first?.logFileValidationEnabled == true)

            #expect(try await client.send(CloudTrail.getTrailStatus, .init(name: "org-trail")).isLogging == false)
            _ = try await client.send(CloudTrail.startLogging, .init(name: "org-trail"))
            let logging = try await client.send(CloudTrail.getTrailStatus, .init(name: "org-trail"))
            #expect(logging.isLogging == true)
            #expect(logging.startLoggingTime != nil)
            _ = try await client.send(CloudTrail.stopLogging, .init(name: "org-trail"))
            #expect(try await client.send(CloudTrail.getTrailStatus, .init(name: "org-trail")).isLogging == false)

            let selector = CloudTrail.EventSelector(
                readWriteType: "All", includeManagementEvents: true, dataResources: [])
            let put = try await client.send(
                CloudTrail.putEventSelectors, .init(trailName: "org-trail", eventSelectors: [selector]))
            #expect(put.trailARN == arn)
            let selectors = try await client.send(CloudTrail.getEventSelectors, .init(trailName: "org-trail"))
            #expect(selectors.eventSelectors?.first?.readWriteType == "All")
            #expect(selectors.eventSelectors?.first?.includeManagementEvents == true)

            let updated = try await client.send(
                CloudTrail.updateTrail, .init(name: "org-trail", enableLogFileValidation: false))
            #expect(updated.logFileValidationEnabled == false)

            _ = try await client.send(
                CloudTrail.createTrail, .init(name: "second-trail", s3BucketName: "org-audit-logs"))
            let listed = try await client.all(CloudTrail.listTrails, .init(), \.trails)
            #expect(Set(listed.compactMap(\.name)) == ["org-trail", "second-trail"])

            _ = try await client.send(CloudTrail.deleteTrail, .init(name: "second-trail"))
            let missing = await #expect(throws: AWSError.self) {
                try await client.send(CloudTrail.getTrail, .init(name: "second-trail"))
            }
            #expect(missing?.code == "TrailNotFoundException")
        }
    }
}

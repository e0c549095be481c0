import AWS
import Foundation
import TestSupport
import Testing

@Suite struct CloudTrailOperationTests {
    static let trailARN = "arn:aws:cloudtrail:us-east-1:111122223333:trail/org-trail"

    @Test func operationsUseTheCloudTrailTarget() async throws {
        let probe = OperationProbe(json: "{}")
        _ = try await probe.send(CloudTrail.startLogging, .init(name: Self.trailARN))
        _ = try await probe.send(CloudTrail.stopLogging, .init(name: Self.trailARN))
        _ = try await probe.send(CloudTrail.deleteTrail, .init(name: "org-trail"))
        #expect(
            probe.requests.map { $0.header("X-Amz-Target") } == [
                "com.amazonaws.cloudtrail.v20131101.CloudTrail_20131101.StartLogging",
                "com.amazonaws.cloudtrail.v20131101.CloudTrail_20131101.StopLogging",
                "com.amazonaws.cloudtrail.v20131101.CloudTrail_20131101.DeleteTrail",
            ]
        )
        #expect(probe.requests[0].hasJSONBody(#"{"Name":"\#(Self.trailARN)"}"#))
        let names = [
            CloudTrail.createTrail.actionName, CloudTrail.updateTrail.actionName, CloudTrail.describeTrails.actionName,
            CloudTrail.getTrail.actionName, CloudTrail.getTrailStatus.actionName,
            CloudTrail.getEventSelectors.actionName,
            CloudTrail.putEventSelectors.actionName, CloudTrail.listTrails.actionName,
        ]
        #expect(
            names
                == [
                    "CreateTrail", "UpdateTrail", "DescribeTrails", "GetTrail", "GetTrailStatus", "GetEventSelectors",
                    "PutEventSelectors", "ListTrails",
                ]
                .map { "cloudtrail:\($0)" }
        )
    }

    @Test func createTrailSendsTheOrganizationTrailSettings() async throws {
        let probe = OperationProbe(
            json: """
                {"Name":"org-trail","S3BucketName":"org-logs","IncludeGlobalServiceEvents":true,"IsMultiRegionTrail":true,
                "TrailARN":"\(Self.trailARN)","LogFileValidationEnabled":true,"IsOrganizationTrail":true,
                "KmsKeyId":"arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"}
                """
        )
        let output = try await probe.send(
            CloudTrail.createTrail,
            .init(
                name: "org-trail",
                s3BucketName: "org-logs",
                includeGlobalServiceEvents: true,
                isMultiRegionTrail: true,
                enableLogFileValidation: true,
                isOrganizationTrail: true,
                tagsList: [.init(key: "managed-by", value: "groundwork")]
            )
        )
        #expect(output.trailARN == Self.trailARN)
        #expect(output.logFileValidationEnabled == true)
        #expect(
            try probe.request.hasJSONBody(
                """
                {"EnableLogFileValidation":true,"IncludeGlobalServiceEvents":true,"IsMultiRegionTrail":true,"IsOrganizationTrail":true,
                "Name":"org-trail","S3BucketName":"org-logs","TagsList":[{"Key":"managed-by","Value":"groundwork"}]}
                """
            )
        )
    }

    @Test func describeTrailsAndStatusReadWhatTheAuditNeeds() async throws {
        let probe = OperationProbe([
            TestClient.json(
                """
                {"trailList":[{"Name":"org-trail","S3BucketName":"org-logs","IsMultiRegionTrail":true,"HomeRegion":"us-east-1",
                "TrailARN":"\(Self.trailARN)","LogFileValidationEnabled":true,"HasCustomEventSelectors":false,"IsOrganizationTrail":true}]}
                """
            ),
            TestClient.json(
                #"{"IsLogging":true,"StartLoggingTime":1.7E9,"LatestDeliveryTime":1.7000006E9,"TimeLoggingStarted":"2023-11-14T22:13:20Z"}"#
            ),
        ])
        let trails = try await probe.send(CloudTrail.describeTrails, .init(includeShadowTrails: false)).trailList
        #expect(trails?.first?.isOrganizationTrail == true)
        #expect(trails?.first?.homeRegion == "us-east-1")
        let status = try await probe.send(CloudTrail.getTrailStatus, .init(name: Self.trailARN))
        #expect(status.isLogging == true)
        #expect(status.startLoggingTime == Date(timeIntervalSince1970: 1_700_000_000))
        #expect(status.latestDeliveryTime == Date(timeIntervalSince1970: 1_700_000_600))
    }

    @Test func eventSelectorsRoundTrip() async throws {
        let selectors =
            #"[{"ReadWriteType":"All","IncludeManagementEvents":true,"DataResources":[{"Type":"AWS::S3::Object","Values":["arn:aws:s3"]}]}]"#
        let probe = OperationProbe([
            TestClient.json(#"{"TrailARN":"\#(Self.trailARN)","EventSelectors":\#(selectors)}"#),
            TestClient.json(#"{"TrailARN":"\#(Self.trailARN)","EventSelectors":\#(selectors)}"#),
        ])
        let selector = CloudTrail.EventSelector(
            readWriteType: "All",
            includeManagementEvents: true,
            dataResources: [.init(type: "AWS::S3::Object", values: ["arn:aws:s3"])]
        )
        _ = try await probe.send(
            CloudTrail.putEventSelectors, .init(trailName: "org-trail", eventSelectors: [selector]))
        #expect(probe.requests[0].hasJSONBody(#"{"TrailName":"org-trail","EventSelectors":\#(selectors)}"#))
        let read = try await probe.send(CloudTrail.getEventSelectors, .init(trailName: "org-trail"))
        #expect(read.eventSelectors == [selector])
    }

    @Test func listTrailsPaginates() async throws {
        let probe = OperationProbe([
            TestClient.json(#"{"Trails":[{"Name":"a","TrailARN":"arn:a","HomeRegion":"us-east-1"}],"NextToken":"n"}"#),
            TestClient.json(#"{"Trails":[{"Name":"b","TrailARN":"arn:b","HomeRegion":"eu-west-1"}]}"#),
        ])
        let trails = try await probe.client.all(CloudTrail.listTrails, .init(), \.trails)
        #expect(trails.map(\.name) == ["a", "b"])
        #expect(probe.requests[1].hasJSONBody(#"{"NextToken":"n"}"#))
    }

    @Test func missingTrailIsTrailNotFound() async throws {
        let probe = OperationProbe([
            TestClient.json(#"{"__type":"TrailNotFoundException","message":"Unknown trail"}"#, status: 400)
        ])
        let error = await #expect(throws: AWSError.self) {
            try await probe.send(CloudTrail.getTrail, .init(name: "none"))
        }
        #expect(error?.code == "TrailNotFoundException")
    }
}

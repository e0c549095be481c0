import AWS
import Foundation
import TestSupport
import Testing

@Suite struct RESTXMLProtocolTests {
    @Test func listObjectsV2ReadsFlattenedContentsAndPrefixes() throws {
        let body = """
            <?xml version="1.0" encoding="UTF-8"?>
            <ListBucketResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/">
              <Name>logs</Name><Prefix>AWSLogs/</Prefix><KeyCount>2</KeyCount><MaxKeys>1000</MaxKeys>
              <IsTruncated>true</IsTruncated>
              <Contents><Key>AWSLogs/a.json.gz</Key><LastModified>2024-01-02T03:04:05.000Z</LastModified>
                <ETag>"abc"</ETag><Size>120</Size><StorageClass>STANDARD</StorageClass></Contents>
              <Contents><Key>AWSLogs/b.json.gz</Key><Size>7</Size></Contents>
              <CommonPrefixes><Prefix>AWSLogs/111122223333/</Prefix></CommonPrefixes>
              <NextContinuationToken>1ueGcxLPRx1Tr/XYExHnhbYLgveDs2J/wm36Hy4vbOwM=</NextContinuationToken>
            </ListBucketResult>
            """
        let output = try RESTXMLProtocol.decodeBody(S3.ListObjectsV2Response.self, from: TestClient.xml(body))
        #expect(output.contents.map(\.key) == ["AWSLogs/a.json.gz", "AWSLogs/b.json.gz"])
        #expect(output.contents[0].size == 120)
        #expect(output.contents[0].eTag == "\"abc\"")
        #expect(output.commonPrefixes.map(\.prefix) == ["AWSLogs/111122223333/"])
        #expect(output.nextPaginationToken == "1ueGcxLPRx1Tr/XYExHnhbYLgveDs2J/wm36Hy4vbOwM=")
    }

    @Test func singleFlattenedObjectIsOneItem() throws {
        let body = "<ListBucketResult><Name>b</Name><Contents><Key>only</Key></Contents></ListBucketResult>"
        let output = try RESTXMLProtocol.decodeBody(S3.ListObjectsV2Response.self, from: TestClient.xml(body))
        #expect(output.contents.map(\.key) == ["only"])
        #expect(output.commonPrefixes.isEmpty)
    }

    @Test func listBucketsReadsWrappedBuckets() throws {
        let body = """
            <ListAllMyBucketsResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/">
              <Owner><ID>abc</ID><DisplayName>me</DisplayName></Owner>
              <Buckets><Bucket><Name>one</Name><CreationDate>2024-01-02T03:04:05.000Z</CreationDate></Bucket></Buckets>
            </ListAllMyBucketsResult>
            """
        let output = try RESTXMLProtocol.decodeBody(S3.ListBucketsResponse.self, from: TestClient.xml(body))
        #expect(output.buckets.map(\.name) == ["one"])
        #expect(output.nextPaginationToken == nil)
    }

    @Test func overriddenEndpointUsesPathStyleAndContentHash() async throws {
        let transport = FakeTransport(body: "")
        let client = TestClient.make(transport)
        _ = try await client.send(
            S3.putObject, S3.PutObjectRequest(bucket: "logs", key: "a b/c+d.txt", body: Data("hi".utf8)))
        let request = try #require(transport.requests.first)
        #expect(request.method == "PUT")
        #expect(request.url.absoluteString == "http://127.0.0.1:5000/logs/a%20b/c%2Bd.txt")
        #expect(
            request.header("X-Amz-Content-Sha256") == "8f434346648f6b96df89dda901c5176b10a6d83961dd3c1ac88b59b2dc327aa4"
        )
    }

    @Test func awsEndpointUsesVirtualHostedStyle() async throws {
        let transport = FakeTransport(body: "<ListBucketResult><Name>logs</Name></ListBucketResult>")
        let client = TestClient.make(transport, region: "eu-west-1", endpoints: .standard)
        _ = try await client.send(S3.listObjectsV2, S3.ListObjectsV2Request(bucket: "logs", prefix: "AWSLogs/"))
        let request = try #require(transport.requests.first)
        #expect(request.url.absoluteString == "https://logs.s3.eu-west-1.amazonaws.com/?list-type=2&prefix=AWSLogs%2F")
    }

    @Test func dottedBucketFallsBackToPathStyle() async throws {
        let transport = FakeTransport(body: "<ListBucketResult/>")
        let client = TestClient.make(transport, region: "eu-west-1", endpoints: .standard)
        _ = try await client.send(S3.listObjectsV2, S3.ListObjectsV2Request(bucket: "my.logs"))
        #expect(
            transport.requests.first?.url.absoluteString == "https://s3.eu-west-1.amazonaws.com/my.logs?list-type=2")
    }

    @Test func createBucketOutsideUSEast1SendsLocationConstraint() async throws {
        let transport = FakeTransport(body: "")
        let client = TestClient.make(transport)
        _ = try await client.send(
            S3.createBucket, S3.CreateBucketRequest(bucket: "logs", locationConstraint: "eu-west-1"))
        _ = try await client.send(
            S3.createBucket, S3.CreateBucketRequest(bucket: "logs2", locationConstraint: "us-east-1"))
        let requests = transport.requests
        #expect(requests[0].bodyText.contains("<LocationConstraint>eu-west-1</LocationConstraint>"))
        #expect(requests[0].url.path == "/logs")
        #expect(requests[1].body.isEmpty)
    }

    @Test func s3ErrorIsReadFromTheErrorRoot() async throws {
        let transport = FakeTransport { _, _ in
            TestClient.xml(
                "<Error><Code>NoSuchBucket</Code><Message>The specified bucket does not exist</Message><RequestId>TX1</RequestId></Error>",
                status: 404
            )
        }
        let client = TestClient.make(transport)
        let error = await #expect(throws: AWSError.self) {
            try await client.send(S3.getObject, S3.ObjectRequest(bucket: "nope", key: "k"))
        }
        #expect(error?.code == "NoSuchBucket")
        #expect(error?.requestID == "TX1")
    }

    @Test func redirectIsNeverFollowed() async throws {
        let transport = FakeTransport { _, _ in
            HTTPResponse(statusCode: 301, headers: ["Location": "https://elsewhere.example"])
        }
        let client = TestClient.make(transport)
        let error = await #expect(throws: AWSClientError.self) {
            try await client.send(S3.getObject, S3.ObjectRequest(bucket: "b", key: "k"))
        }
        #expect(error?.code == .redirect)
        #expect(error?.message.contains("elsewhere.example") == true)
        #expect(transport.requests.count == 1)
    }

    @Test func malformedXMLIsADecodingErrorNamingTheOperation() async throws {
        let transport = FakeTransport(body: "<ListBucketResult><Name>")
        let client = TestClient.make(transport)
        let error = await #expect(throws: AWSClientError.self) {
            try await client.send(S3.listObjectsV2, .init(bucket: "b"))
        }
        #expect(error?.code == .decoding)
        #expect(error?.message.contains("s3:ListObjectsV2") == true)
    }
}

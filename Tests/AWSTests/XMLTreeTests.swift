import AWS
import Foundation
import TestSupport
import Testing

@Suite struct XMLTreeTests {
    @Test func namespacePrefixesAreDroppedAndCDATAIsText() throws {
        let tree = try XMLTree(
            parsing: Data(#"<s3:R xmlns:s3="urn:x"><s3:Key><![CDATA[a<b]]></s3:Key><Empty/></s3:R>"#.utf8))
        #expect(tree.name == "R")
        #expect(tree.string("Key") == "a<b")
        #expect(tree["Empty"]?.text == "")
        #expect(tree.first(named: "Key")?.text == "a<b")
    }

    @Test func malformedDocumentsNameTheLine() {
        let error = #expect(throws: XMLParseError.self) { try XMLTree(parsing: Data("<a>\n<b>\n</a>".utf8)) }
        #expect(error?.line == 3)
        #expect(error?.description.hasPrefix("malformed XML at line 3") == true)
    }

    struct Shape: Decodable, Equatable {
        struct Item: Decodable, Equatable { var name: String }
        var flag: Bool
        var count: Int64
        var when: Date
        var optional: String?
        var wrapped: [Item]
        var flattened: [Item]

        enum CodingKeys: String, CodingKey {
            case flag, count, when, optional
            case wrapped = "Wrapped/Item"
            case flattened = "Flat"
        }
    }

    @Test func decodesScalarsWrappedAndFlattenedLists() throws {
        let tree = try XMLTree(
            parsing: Data(
                """
                <Root><Flag>true</Flag><Count>9000000000</Count><When>2024-01-02T03:04:05Z</When>
                <Wrapped><Item><Name>a</Name></Item><Item><Name>b</Name></Item></Wrapped>
                <Flat><Name>x</Name></Flat><Flat><Name>y</Name></Flat></Root>
                """.utf8
            )
        )
        let shape = try XMLTreeDecoder().decode(Shape.self, from: tree)
        #expect(shape.flag)
        #expect(shape.count == 9_000_000_000)
        #expect(shape.when == Date(timeIntervalSince1970: 1_704_164_645))
        #expect(shape.optional == nil)
        #expect(shape.wrapped.map(\.name) == ["a", "b"])
        #expect(shape.flattened.map(\.name) == ["x", "y"])
    }

    @Test func aMissingRequiredElementIsAnError() throws {
        let tree = try XMLTree(parsing: Data("<Root><Flag>maybe</Flag></Root>".utf8))
        #expect(throws: DecodingError.self) { try XMLTreeDecoder().decode(Shape.self, from: tree) }
    }
}

@Suite struct QueryEncoderTests {
    struct Input: Encodable {
        var enabled: Bool
        var since: Date
        var names: [String]
        var empty: [String]
    }

    @Test func booleansDatesAndListsUseQueryForms() throws {
        let parameters = try QueryEncoder().parameters(
            Input(enabled: false, since: Date(timeIntervalSince1970: 1_704_164_645), names: ["a b", "c"], empty: [])
        )
        let pairs = parameters.map { "\($0.name)=\($0.value)" }
        #expect(
            pairs == [
                "Empty=", "Enabled=false", "Names.member.1=a b", "Names.member.2=c", "Since=2024-01-02T03:04:05Z",
            ])
    }

    @Test func formEncodingKeepsOnlyUnreservedCharacters() {
        #expect(QueryEncoder.formEncode("a-b_c.d~e f/g+h=i&é") == "a-b_c.d~e%20f%2Fg%2Bh%3Di%26%C3%A9")
    }
}

@Suite struct EndpointTests {
    @Test func customEndpointStillSignsGlobalServicesForTheirRegion() async throws {
        let transport = FakeTransport(
            body: "<ListUsersResponse><ListUsersResult><Users/></ListUsersResult></ListUsersResponse>")
        let client = TestClient.make(transport, region: "eu-west-1")
        _ = try await client.send(IAM.listUsers, .init())
        _ = try await client.send(STS.getCallerIdentity, EmptyInput())
        let scopes = transport.requests.compactMap { $0.header("Authorization")?.components(separatedBy: "/")[2] }
        #expect(scopes == ["us-east-1", "eu-west-1"])
        #expect(transport.requests.allSatisfy { $0.url.absoluteString == "http://127.0.0.1:5000/" })
    }

    @Test(arguments: [("cn-north-1", "aws-cn"), ("us-gov-west-1", "aws-us-gov"), ("eu-west-1", "aws")])
    func memberRoleARNUsesTheRegionsPartition(region: String, partition: String) async throws {
        let transport = FakeTransport { _, _ in
            TestClient.xml(
                "<ErrorResponse><Error><Code>AccessDenied</Code><Message>no</Message></Error></ErrorResponse>",
                status: 403)
        }
        let member = TestClient.make(transport, region: region).assumeMemberAccount("111122223333", roleName: "Audit")
        _ = try? await member.send(STS.getCallerIdentity, EmptyInput())
        let body = try #require(transport.requests.first?.bodyText)
        #expect(body.contains("RoleArn=arn%3A\(partition)%3Aiam%3A%3A111122223333%3Arole%2FAudit"))
    }
}

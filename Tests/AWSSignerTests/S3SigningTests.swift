import AWSSigner
import Foundation
import Testing

/// The worked examples of the S3 API Reference, "Signature Calculations for the Authorization
/// Header: Transferring Payload in a Single Chunk (AWS Signature Version 4)"
/// (https://docs.aws.amazon.com/AmazonS3/latest/API/sig-v4-header-based-auth.html):
/// `AKIAIOSFODNN7EXAMPLE` / `wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY`, us-east-1, 2013-05-24T00:00:00Z,
/// bucket `examplebucket`, with the published canonical request, string to sign and signature.
@Suite struct S3SigningTests {
    struct Example: Sendable, CustomTestStringConvertible {
        var name: String
        var method: String
        var url: String
        var headers: [(name: String, value: String)]
        var payload: SignablePayload
        var canonicalRequest: String
        var stringToSignHash: String
        var signature: String
        var testDescription: String { name }
    }

    static let emptyHash = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
    static let putBodyHash = "44ce7dd67c959e0d3524ffac1771dfbba87d2b6b4b4e99e42034a8b803f8b072"
    /// 2013-05-24T00:00:00Z.
    static let date = Date(timeIntervalSince1970: 1_369_353_600)

    static let examples: [Example] = [
        Example(
            name: "GET object (first 10 bytes)",
            method: "GET",
            url: "https://examplebucket.s3.amazonaws.com/test.txt",
            headers: [("Range", "bytes=0-9")],
            payload: .empty,
            canonicalRequest:
                "GET\n/test.txt\n\nhost:examplebucket.s3.amazonaws.com\nrange:bytes=0-9\nx-amz-content-sha256:\(emptyHash)\nx-amz-date:20130524T000000Z\n\nhost;range;x-amz-content-sha256;x-amz-date\n\(emptyHash)",
            stringToSignHash: "7344ae5b7ee6c3e7e6b0fe0640412a37625d1fbfff95c48bbb2dc43964946972",
            signature: "f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41"
        ),
        Example(
            name: "PUT object",
            method: "PUT",
            url: "https://examplebucket.s3.amazonaws.com/test%24file.text",
            headers: [("Date", "Fri, 24 May 2013 00:00:00 GMT"), ("x-amz-storage-class", "REDUCED_REDUNDANCY")],
            payload: .bytes(Data("Welcome to Amazon S3.".utf8)),
            canonicalRequest:
                "PUT\n/test%24file.text\n\ndate:Fri, 24 May 2013 00:00:00 GMT\nhost:examplebucket.s3.amazonaws.com\nx-amz-content-sha256:\(putBodyHash)\nx-amz-date:20130524T000000Z\nx-amz-storage-class:REDUCED_REDUNDANCY\n\ndate;host;x-amz-content-sha256;x-amz-date;x-amz-storage-class\n\(putBodyHash)",
            stringToSignHash: "9e0e90d9c76de8fa5b200d8c849cd5b8dc7a3be3951ddb7f6a76b4158342019d",
            signature: "98ad721746da40c64f1a55b78f14c238d841ea1380cd77a1b5971af0ece108bd"
        ),
        Example(
            name: "GET bucket lifecycle",
            method: "GET",
            url: "https://examplebucket.s3.amazonaws.com/?lifecycle",
            headers: [],
            payload: .empty,
            canonicalRequest:
                "GET\n/\nlifecycle=\nhost:examplebucket.s3.amazonaws.com\nx-amz-content-sha256:\(emptyHash)\nx-amz-date:20130524T000000Z\n\nhost;x-amz-content-sha256;x-amz-date\n\(emptyHash)",
            stringToSignHash: "9766c798316ff2757b517bc739a67f6213b4ab36dd5da2f94eaebf79c77395ca",
            signature: "fea454ca298b7da1c68078a5d1bdbfbbe0d65c699e0f91ac7a200a0136783543"
        ),
        Example(
            name: "GET bucket (list objects)",
            method: "GET",
            url: "https://examplebucket.s3.amazonaws.com/?max-keys=2&prefix=J",
            headers: [],
            payload: .empty,
            canonicalRequest:
                "GET\n/\nmax-keys=2&prefix=J\nhost:examplebucket.s3.amazonaws.com\nx-amz-content-sha256:\(emptyHash)\nx-amz-date:20130524T000000Z\n\nhost;x-amz-content-sha256;x-amz-date\n\(emptyHash)",
            stringToSignHash: "df57d21db20da04d7fa30298dd4488ba3a2b47ca3a489c74750e0f1e7df1b9b7",
            signature: "34b48302e7b5fa45bde8084f4b7868a86f0a534bc59db6670ed5711ef69dc6f7"
        ),
    ]

    static let signer = SigV4Signer(
        credentials: AWSCredentials(
            accessKeyID: "AKIAIOSFODNN7EXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"),
        region: "us-east-1",
        service: "s3"
    )

    @Test(arguments: examples)
    func publishedExample(_ example: Example) throws {
        var request = SignableRequest(
            method: example.method, url: try #require(URL(string: example.url)), headers: example.headers,
            payload: example.payload
        )
        let stages = Self.signer.signingStages(for: request, date: Self.date)
        #expect(stages.canonicalRequest == example.canonicalRequest)
        #expect(
            stages.stringToSign
                == "AWS4-HMAC-SHA256\n20130524T000000Z\n20130524/us-east-1/s3/aws4_request\n" + example.stringToSignHash
        )
        #expect(stages.signature == example.signature)

        Self.signer.sign(&request, date: Self.date)
        #expect(request.header("x-amz-content-sha256") == example.payload.hash)
        #expect(request.header("Authorization")?.hasSuffix("Signature=" + example.signature) == true)
    }

    /// S3 keeps dot segments and repeated slashes (they are part of the key) and encodes once.
    @Test(arguments: [
        ("/bucket/a/../b", "/bucket/a/../b"),
        ("/bucket//double", "/bucket//double"),
        ("/bucket/./key", "/bucket/./key"),
        ("/bucket/my%20key", "/bucket/my%20key"),
        ("/bucket/a%2Fb", "/bucket/a%2Fb"),
        ("/bucket/it's(1)!", "/bucket/it%27s%281%29%21"),
        ("/bucket/%E1%88%B4", "/bucket/%E1%88%B4"),
    ])
    func s3PathIsSignedAsIsAndEncodedOnce(path: String, canonical: String) throws {
        let url = try #require(URL(string: "https://s3.us-east-1.amazonaws.com" + path))
        let stages = Self.signer.signingStages(for: SignableRequest(method: "GET", url: url), date: Self.date)
        #expect(stages.canonicalRequest.split(separator: "\n", omittingEmptySubsequences: false)[1] == canonical)
    }

    @Test func unsignedPayloadIsSignedAsTheLiteral() throws {
        var request = SignableRequest(
            method: "PUT", url: try #require(URL(string: "https://examplebucket.s3.amazonaws.com/big.bin")),
            payload: .unsigned
        )
        Self.signer.sign(&request, date: Self.date)
        #expect(request.header("x-amz-content-sha256") == "UNSIGNED-PAYLOAD")
        let stages = Self.signer.signingStages(for: request, date: Self.date)
        #expect(stages.canonicalRequest.hasSuffix("\nUNSIGNED-PAYLOAD"))
    }

    @Test func precomputedHashIsUsedAsGiven() throws {
        let request = SignableRequest(
            method: "PUT", url: try #require(URL(string: "https://examplebucket.s3.amazonaws.com/test%24file.text")),
            headers: [("Date", "Fri, 24 May 2013 00:00:00 GMT"), ("x-amz-storage-class", "REDUCED_REDUNDANCY")],
            payload: .precomputedSHA256(Self.putBodyHash.uppercased())
        )
        #expect(Self.signer.signingStages(for: request, date: Self.date).signature == Self.examples[1].signature)
    }
}

import AWSSigner
import Foundation
import Testing

/// Published cases beyond the 2015 suite, through the public API with real wire URLs:
/// - `get-vanilla-with-session-token` from awslabs/aws-c-auth
///   (`tests/aws-signing-test-suite/v4/get-vanilla-with-session-token/`, Apache-2.0);
/// - `double-encode-path` (API Gateway WebSocket `@connections` id ending in `%3D`) and
///   `double-url-encode` (a Lambda function ARN with `%3A`) from awslabs/aws-sdk-rust
///   (`sdk/aws-sigv4/aws-sig-v4-test-suite/`, Apache-2.0).
///
/// The last two pin the rule that every service but S3 signs the already-encoded wire path
/// encoded once more. Canonical requests are written out here; the published signatures confirm them.
@Suite struct SigV4DoubleEncodingTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var method: String
        var url: String
        var region: String
        var service: String
        var sessionToken: String?
        var seconds: Double
        var canonicalRequest: String
        var stringToSignHash: String
        var signature: String
        var testDescription: String { name }
    }

    static let emptyHash = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
    static let token = "6e86291e8372ff2a2260956d9b8aae1d763fbf315fa00fa31553b73ebf194267"

    static let cases: [Case] = [
        Case(
            name: "get-vanilla-with-session-token",
            method: "GET",
            url: "https://example.amazonaws.com/",
            region: "us-east-1",
            service: "service",
            sessionToken: token,
            seconds: 1_440_938_160,
            canonicalRequest:
                "GET\n/\n\nhost:example.amazonaws.com\nx-amz-date:20150830T123600Z\nx-amz-security-token:\(token)\n\n"
                + "host;x-amz-date;x-amz-security-token\n\(emptyHash)",
            stringToSignHash: "067b36aa60031588cea4a4cde1f21215227a047690c72247f1d70b32fbbfad2b",
            signature: "07ec1639c89043aa0e3e2de82b96708f198cceab042d4a97044c66dd9f74e7f8"
        ),
        Case(
            name: "double-encode-path",
            method: "POST",
            url: "https://tj9n5r0m12.execute-api.us-east-1.amazonaws.com/test/@connections/JBDvjfGEIAMCERw%3D",
            region: "us-east-1",
            service: "service",
            seconds: 1_440_938_160,
            canonicalRequest: "POST\n/test/%40connections/JBDvjfGEIAMCERw%253D\n\n"
                + "host:tj9n5r0m12.execute-api.us-east-1.amazonaws.com\nx-amz-date:20150830T123600Z\n\nhost;x-amz-date\n\(emptyHash)",
            stringToSignHash: "628bef1faaf51bef698fffcc65993b2f8eae5842aca352a8234950e49868588f",
            signature: "6f871eb157f326fa5f7439eb88ca200048635950ce7d6037deda56f0c95d4364"
        ),
        Case(
            name: "double-url-encode",
            method: "POST",
            url: "https://lambda.us-east-2.amazonaws.com/2015-03-31/functions/"
                + "arn%3Aaws%3Alambda%3Aus-west-2%3A892717189312%3Afunction%3Amy-rusty-fun/invocations",
            region: "us-east-2",
            service: "lambda",
            seconds: 1_620_747_645,
            canonicalRequest: "POST\n/2015-03-31/functions/"
                + "arn%253Aaws%253Alambda%253Aus-west-2%253A892717189312%253Afunction%253Amy-rusty-fun/invocations\n\n"
                + "host:lambda.us-east-2.amazonaws.com\nx-amz-date:20210511T154045Z\n\nhost;x-amz-date\n\(emptyHash)",
            stringToSignHash: "684dbb3c92a8b6b1e452e23e523c1ea941c713a4c13500bb9f3bdad1e19afaf7",
            signature: "4b93abbcc68be32bd64c18e2c71150660ab4c29bbd6c32a383a7517a88fc1804"
        ),
    ]

    @Test(arguments: cases)
    func publishedCase(_ testCase: Case) throws {
        let signer = SigV4Signer(
            credentials: AWSCredentials(
                accessKeyID: "AKIDEXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
                sessionToken: testCase.sessionToken
            ),
            region: testCase.region,
            service: testCase.service
        )
        let date = Date(timeIntervalSince1970: testCase.seconds)
        var request = SignableRequest(method: testCase.method, url: try #require(URL(string: testCase.url)))
        let stages = signer.sign(&request, date: date)
        #expect(stages.canonicalRequest == testCase.canonicalRequest)
        #expect(stages.stringToSign.hasSuffix("/aws4_request\n" + testCase.stringToSignHash))
        #expect(stages.signature == testCase.signature)
        #expect(request.header("Authorization")?.hasSuffix("Signature=" + testCase.signature) == true)
    }
}

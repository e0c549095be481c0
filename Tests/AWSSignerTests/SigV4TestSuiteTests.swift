@testable import AWSSigner
import Foundation
import Testing

/// AWS's published SigV4 test suite: canonical request, string to sign and signature, each asserted.
@Suite struct SigV4TestSuiteTests {
    static func signer(token: Bool) -> SigV4Signer {
        SigV4Signer(
            credentials: AWSCredentials(
                accessKeyID: SigV4TestSuiteCase.accessKeyID,
                secretAccessKey: SigV4TestSuiteCase.secretAccessKey,
                sessionToken: token ? SigV4TestSuiteCase.token : nil
            ),
            region: "us-east-1",
            service: "service"
        )
    }

    /// The algorithm over the request exactly as the `.req` file writes it.
    @Test(arguments: SigV4TestSuiteCase.all)
    func canonicalisation(_ testCase: SigV4TestSuiteCase) {
        let raw = RawRequest(testCase.request)
        let payload: SignablePayload = raw.body.isEmpty ? .empty : .bytes(Data(raw.body.utf8))
        let stages = Self.signer(token: false).stages(
            method: raw.method, path: raw.path, query: raw.query, headers: raw.headers, payloadHash: payload.hash,
            date: SigningDate(SigV4TestSuiteCase.date)
        )
        #expect(stages.canonicalRequest == testCase.canonicalRequest)
        #expect(stages.stringToSign == testCase.stringToSign)
        #expect(stages.signature == testCase.signature)
    }

    /// The public API: a URL and headers without `X-Amz-Date` or the token, which `sign` adds.
    @Test(arguments: SigV4TestSuiteCase.all.filter { !SigV4TestSuiteCase.rawTargetCases.contains($0.name) })
    func signThroughPublicAPI(_ testCase: SigV4TestSuiteCase) throws {
        let raw = RawRequest(testCase.request)
        let target = raw.path + (raw.query.map { "?" + $0 } ?? "")
        let url = try #require(URL(string: "https://example.amazonaws.com" + target))
        let headers = raw.headers.filter { !["x-amz-date", "x-amz-security-token"].contains($0.name.lowercased()) }
        var request = SignableRequest(
            method: raw.method, url: url, headers: headers, payload: raw.body.isEmpty ? .empty : .bytes(Data(raw.body.utf8))
        )
        let signer = Self.signer(token: testCase.sessionToken)

        let stages = signer.signingStages(for: request, date: SigV4TestSuiteCase.date)
        #expect(stages.canonicalRequest == testCase.canonicalRequest)
        #expect(stages.stringToSign == testCase.stringToSign)
        #expect(stages.signature == testCase.signature)

        signer.sign(&request, date: SigV4TestSuiteCase.date)
        let authorization = try #require(request.header("Authorization"))
        #expect(authorization.hasSuffix("Signature=" + testCase.signature))
        #expect(authorization == stages.authorization)
        #expect(request.header("X-Amz-Date") == "20150830T123600Z")
        #expect(request.header("X-Amz-Security-Token") == (testCase.sessionToken ? SigV4TestSuiteCase.token : nil))
    }

    @Test func authorizationHeaderFormat() throws {
        var request = SignableRequest(method: "GET", url: try #require(URL(string: "https://example.amazonaws.com/")))
        Self.signer(token: false).sign(&request, date: SigV4TestSuiteCase.date)
        #expect(
            request.header("authorization")
                == "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=host;x-amz-date, Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31"
        )
        #expect(request.header("host") == "example.amazonaws.com")
    }
}

import Foundation
import Testing

@testable import AWSSigner

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
            method: raw.method, url: url, headers: headers,
            payload: raw.body.isEmpty ? .empty : .bytes(Data(raw.body.utf8))
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

    /// aws-c-auth's `*-unnormalized` cases (`"normalize": false`): the path signed exactly as sent,
    /// which is S3's rule. Published signatures from `tests/aws-signing-test-suite/v4/<case>/header-signed-request.txt`.
    @Test(arguments: [
        (
            "/example/..", "0511f456aa502b456d135fcb9d749374a55228f9dbeedda1eacf659e05b0615b",
            "eca7ead57bb5aa5c8e28007acd4ff04e1ff9a0ff3b237ec1554a184887ff9282"
        ),
        (
            "//example//", "528ec3105ee1f34ab014bb0a1a45da0ed2742a4fea3555149e5b4d5d201eb240",
            "87cca117541a147f6df867677d98a7d80dff226d2bfca9e4ffa899665623c7e5"
        ),
        (
            "/./", "d67825e2268bd77a97c7688b8d72c31a3c1855b309808505ba0a9747d2465aa7",
            "68714168e6557f8f2de0ef956fc24dc2593a4bd2961f8df51898d8a134695145"
        ),
    ])
    func unnormalizedPathsSignAsSent(path: String, stringToSignHash: String, signature: String) throws {
        let signer = SigV4Signer(
            credentials: AWSCredentials(
                accessKeyID: SigV4TestSuiteCase.accessKeyID, secretAccessKey: SigV4TestSuiteCase.secretAccessKey),
            region: "us-east-1", service: "service", keyCache: SigningKeyCache(), signsPathAsSent: true
        )
        let url = try #require(URL(string: "https://example.amazonaws.com" + path))
        let stages = signer.signingStages(for: SignableRequest(method: "GET", url: url), date: SigV4TestSuiteCase.date)
        #expect(
            stages.canonicalRequest
                == "GET\n\(path)\n\nhost:example.amazonaws.com\nx-amz-date:20150830T123600Z\n\nhost;x-amz-date\n"
                + SigV4TestSuiteCase.emptyHash)
        #expect(stages.stringToSign == SigV4TestSuiteCase.scope + stringToSignHash)
        #expect(stages.signature == signature)
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

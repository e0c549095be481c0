import AWSSigner
import Foundation
import Testing

/// Secrets never reach anything a user might print.
@Suite struct RedactionTests {
    static let secret = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"
    static let token = "IQoJb3JpZ2luX2VjEXAMPLETOKEN"
    static let credentials = AWSCredentials(
        accessKeyID: "AKIAIOSFODNN7EXAMPLE", secretAccessKey: secret, sessionToken: token,
        expiration: Date(timeIntervalSince1970: 1_440_938_160)
    )

    static func renderings(_ value: some Any) -> [String] {
        var dumped = ""
        dump(value, to: &dumped)
        return [
            "\(value)", String(describing: value), String(reflecting: value), dumped, "\([value])",
            "\(Optional(value) as Any)",
        ]
    }

    @Test func credentialsNeverShowTheSecretOrToken() {
        for text in Self.renderings(Self.credentials) {
            #expect(!text.contains(Self.secret), "secret leaked in: \(text)")
            #expect(!text.contains(Self.token), "token leaked in: \(text)")
            #expect(!text.contains("AKIAIOSFODNN7EXAMPLE"), "full key id shown in: \(text)")
        }
        #expect(Self.credentials.description.contains("****************MPLE"))
        #expect(Self.credentials.debugDescription == Self.credentials.description)
    }

    @Test func signedRequestDescriptionsHideAuthorizationAndToken() throws {
        var request = SignableRequest(
            method: "GET", url: try #require(URL(string: "https://sts.amazonaws.com/?Action=GetCallerIdentity")))
        let signer = SigV4Signer(credentials: Self.credentials, region: "us-east-1", service: "sts")
        signer.sign(&request, date: Date(timeIntervalSince1970: 1_440_938_160))
        let signature = try #require(request.header("Authorization")?.split(separator: "=").last.map(String.init))
        for text in Self.renderings(request) {
            #expect(!text.contains(Self.token), "token leaked in: \(text)")
            #expect(!text.contains(signature), "signature leaked in: \(text)")
            #expect(!text.contains(Self.secret))
        }
        #expect(request.description.contains("Authorization: <redacted>"))
    }

    @Test func presignedURLQuerySecretsAreRedacted() throws {
        let url = try #require(
            URL(
                string:
                    "https://bucket.s3.amazonaws.com/key?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIA%2F20150830&"
                    + "X-Amz-Security-Token=SECRETTOKEN&X-Amz-Signature=abcdef0123&versionId=7"
            )
        )
        let text = String(reflecting: SignableRequest(method: "GET", url: url))
        #expect(!text.contains("SECRETTOKEN"))
        #expect(!text.contains("abcdef0123"))
        #expect(!text.contains("AKIA"))
        #expect(text.contains("X-Amz-Algorithm=AWS4-HMAC-SHA256"))
        #expect(text.contains("versionId=7"))
        #expect(text.contains("X-Amz-Signature=<redacted>"))
    }

    @Test func stagesDescriptionHidesTokenAndSignature() throws {
        let signer = SigV4Signer(credentials: Self.credentials, region: "us-east-1", service: "sts")
        let stages = signer.signingStages(
            for: SignableRequest(method: "GET", url: try #require(URL(string: "https://sts.amazonaws.com/"))),
            date: Date(timeIntervalSince1970: 1_440_938_160)
        )
        #expect(stages.canonicalRequest.contains(Self.token))
        #expect(!stages.description.contains(Self.token))
        #expect(!stages.description.contains(stages.signature))
        #expect(stages.description.contains(stages.stringToSign))
        #expect(stages.description.contains("x-amz-security-token:<redacted>"))
    }
}

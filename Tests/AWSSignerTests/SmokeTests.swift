import AWSSigner
import Foundation
import Testing

@Suite struct SmokeTests {
    @Test func getVanilla() throws {
        let signer = SigV4Signer(
            credentials: AWSCredentials(accessKeyID: "AKIDEXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"),
            region: "us-east-1", service: "service"
        )
        var request = SignableRequest(method: "GET", url: try #require(URL(string: "https://example.amazonaws.com/")))
        signer.sign(&request, date: Date(timeIntervalSince1970: 1_440_938_160))
        #expect(request.header("authorization")?.hasSuffix("Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31") == true)
    }
}

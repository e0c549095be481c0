import Foundation
import Testing

@testable import AWSSigner

@Suite struct SigV4SignerTests {
    static let credentials = AWSCredentials(
        accessKeyID: "AKIDEXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY")
    static let date = Date(timeIntervalSince1970: 1_440_938_160)

    static func stages(_ url: String, service: String = "service", headers: [(name: String, value: String)] = []) throws
        -> SigV4Stages
    {
        let signer = SigV4Signer(credentials: credentials, region: "us-east-1", service: service)
        return signer.signingStages(
            for: SignableRequest(method: "GET", url: try #require(URL(string: url)), headers: headers), date: date)
    }

    static func line(_ index: Int, of stages: SigV4Stages) -> Substring {
        stages.canonicalRequest.split(separator: "\n", omittingEmptySubsequences: false)[index]
    }

    /// Non-S3 services sign the wire path encoded a second time, as botocore does (its copy of the
    /// 2011 suite's get-space case signs `/%20/foo` as `/%2520/foo`).
    @Test(arguments: [
        ("https://example.amazonaws.com/example%20space/", "/example%2520space/"),
        ("https://example.amazonaws.com/%20/foo", "/%2520/foo"),
        (
            "https://example.amazonaws.com/2015-03-31/functions/arn%3Aaws%3Alambda/invocations",
            "/2015-03-31/functions/arn%253Aaws%253Alambda/invocations"
        ),
        ("https://example.amazonaws.com", "/"),
        ("https://example.amazonaws.com/a/./b/../c//d/", "/a/c/d/"),
    ])
    func nonS3PathsAreNormalisedAndDoubleEncoded(url: String, canonical: String) throws {
        #expect(Self.line(1, of: try Self.stages(url)) == canonical)
    }

    @Test(arguments: [
        ("b=1&a=2&A=3", "A=3&a=2&b=1"),
        ("flag&x=1", "flag=&x=1"),
        ("q=a%20b&plus=a+b", "plus=a%2Bb&q=a%20b"),
        ("k=%7e%2d", "k=~-"),
        ("Version=2010-05-08&Action=ListUsers", "Action=ListUsers&Version=2010-05-08"),
        ("a=2&a=10&a=1", "a=1&a=10&a=2"),
        ("bad=%zz", "bad=%25zz"),
    ])
    func queryIsDecodedReencodedAndSorted(query: String, canonical: String) throws {
        #expect(Self.line(2, of: try Self.stages("https://example.amazonaws.com/?" + query)) == canonical)
    }

    @Test func headersAreLoweredTrimmedFoldedAndSorted() throws {
        let stages = try Self.stages(
            "https://example.amazonaws.com/",
            headers: [("X-Custom", "  a \t  b  "), ("Content-Type", "application/x-amz-json-1.1"), ("x-custom", "c")]
        )
        #expect(
            stages.canonicalRequest.contains(
                "content-type:application/x-amz-json-1.1\nhost:example.amazonaws.com\nx-amz-date:20150830T123600Z\nx-custom:a b,c\n\n"
            )
        )
        #expect(stages.signedHeaders == "content-type;host;x-amz-date;x-custom")
    }

    @Test(arguments: [
        ("a b", "a b"), (" a", "a"), ("a ", "a"), ("a  b", "a b"), ("a\tb", "a b"), ("", ""), ("   ", ""),
        ("x\n  y", "x y"), ("\"a   b   c\"", "\"a b c\""), ("IQoJb3JpZ2luX2Vj/+=", "IQoJb3JpZ2luX2Vj/+="),
    ])
    func headerValuesAreTrimmedAndFolded(value: String, expected: String) {
        var out: [UInt8] = []
        SigV4Signer.appendFoldedValue(value, to: &out)
        #expect(String(decoding: out, as: UTF8.self) == expected)
    }

    @Test func headersThatProxiesRewriteAreNotSigned() throws {
        let stages = try Self.stages(
            "https://example.amazonaws.com/",
            headers: [("User-Agent", "groundwork/1.0"), ("Expect", "100-continue"), ("X-Amzn-Trace-Id", "1")]
        )
        #expect(stages.signedHeaders == "host;x-amz-date")
    }

    @Test(arguments: [
        ("http://127.0.0.1:5000/", "127.0.0.1:5000"),
        ("https://example.amazonaws.com:443/", "example.amazonaws.com"),
        ("http://localhost:80/", "localhost"),
        ("https://localhost:8443/", "localhost:8443"),
    ])
    func hostHeaderCarriesANonDefaultPort(url: String, host: String) throws {
        var request = SignableRequest(method: "GET", url: try #require(URL(string: url)))
        SigV4Signer(credentials: Self.credentials, region: "us-east-1", service: "sts").sign(&request, date: Self.date)
        #expect(request.header("Host") == host)
    }

    @Test func existingHostHeaderIsKept() throws {
        var request = SignableRequest(
            method: "GET", url: try #require(URL(string: "http://127.0.0.1:5000/")),
            headers: [("Host", "iam.amazonaws.com")]
        )
        SigV4Signer(credentials: Self.credentials, region: "us-east-1", service: "iam").sign(&request, date: Self.date)
        #expect(request.headers.filter { $0.name.lowercased() == "host" }.map(\.value) == ["iam.amazonaws.com"])
    }

    /// Retries sign the same request again: the old date, token and signature must not linger.
    @Test func signingAgainReplacesEarlierSigningHeaders() throws {
        let url = try #require(URL(string: "https://sts.us-east-1.amazonaws.com/"))
        var request = SignableRequest(method: "POST", url: url, payload: .bytes(Data("Action=GetCallerIdentity".utf8)))
        let temporary = AWSCredentials(accessKeyID: "ASIAEXAMPLE", secretAccessKey: "secret", sessionToken: "token-1")
        SigV4Signer(credentials: temporary, region: "us-east-1", service: "sts").sign(&request, date: Self.date)
        #expect(request.header("X-Amz-Security-Token") == "token-1")

        let later = Self.date.addingTimeInterval(90)
        SigV4Signer(credentials: Self.credentials, region: "us-east-1", service: "sts").sign(&request, date: later)
        let names = request.headers.map { $0.name.lowercased() }
        #expect(names.filter { $0 == "authorization" }.count == 1)
        #expect(names.filter { $0 == "x-amz-date" }.count == 1)
        #expect(names.filter { $0 == "host" }.count == 1)
        #expect(request.header("X-Amz-Security-Token") == nil)
        #expect(request.header("X-Amz-Date") == "20150830T123730Z")
        #expect(request.header("Authorization")?.contains("Credential=AKIDEXAMPLE/") == true)
    }

    @Test func emptySessionTokenIsNotSent() throws {
        var request = SignableRequest(method: "GET", url: try #require(URL(string: "https://sts.amazonaws.com/")))
        let credentials = AWSCredentials(accessKeyID: "AKIDEXAMPLE", secretAccessKey: "secret", sessionToken: "")
        let stages = SigV4Signer(credentials: credentials, region: "us-east-1", service: "sts").sign(
            &request, date: Self.date)
        #expect(request.header("X-Amz-Security-Token") == nil)
        #expect(stages.signedHeaders == "host;x-amz-date")
        #expect(request.header("Authorization") == stages.authorization)
    }

    @Test func contentSHA256IsAddedForS3AlwaysAndOtherwiseOnRequest() throws {
        let url = try #require(URL(string: "https://organizations.us-east-1.amazonaws.com/"))
        let body = SignablePayload.bytes(Data("{}".utf8))
        let signer = SigV4Signer(credentials: Self.credentials, region: "us-east-1", service: "organizations")

        var plain = SignableRequest(method: "POST", url: url, payload: body)
        signer.sign(&plain, date: Self.date)
        #expect(plain.header("X-Amz-Content-Sha256") == nil)

        var asked = SignableRequest(method: "POST", url: url, payload: body)
        signer.sign(&asked, date: Self.date, addContentSHA256: true)
        #expect(
            asked.header("X-Amz-Content-Sha256") == "44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a")
        #expect(
            signer.signingStages(for: asked, date: Self.date, addContentSHA256: true).signedHeaders.contains(
                "x-amz-content-sha256"))
    }

    @Test func emptyBytesHashLikeEmpty() {
        #expect(SignablePayload.bytes(Data()).hash == SignablePayload.empty.hash)
        #expect(SignablePayload.empty.hash == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    }

    @Test func signingKeysAreCachedPerDayRegionAndService() throws {
        let cache = SigningKeyCache()
        let url = try #require(URL(string: "https://iam.amazonaws.com/"))
        for offset in [0.0, 60, 3600] {
            var request = SignableRequest(method: "GET", url: url)
            SigV4Signer(credentials: Self.credentials, region: "us-east-1", service: "iam", keyCache: cache)
                .sign(&request, date: Self.date.addingTimeInterval(offset))
        }
        #expect(cache.count == 1)
        var nextDay = SignableRequest(method: "GET", url: url)
        SigV4Signer(credentials: Self.credentials, region: "us-east-1", service: "iam", keyCache: cache)
            .sign(&nextDay, date: Self.date.addingTimeInterval(86_400))
        var otherService = SignableRequest(method: "GET", url: url)
        SigV4Signer(credentials: Self.credentials, region: "us-east-1", service: "sts", keyCache: cache)
            .sign(&otherService, date: Self.date)
        #expect(cache.count == 3)
    }

    /// The published derivation example of the IAM User Guide ("Examples of how to derive a signing key").
    @Test func signingKeyDerivationKnownAnswer() {
        let key = SigningKeyCache.derive(
            secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", dateStamp: "20120215", region: "us-east-1",
            service: "iam"
        )
        #expect(
            key.map { String(format: "%02x", $0) }.joined()
                == "f4780e2d9f65fa895f9c67b32ce1baf0b0d8a43505a000a1a9e090d414db404d")
    }

    @Test func cacheStaysBounded() {
        let cache = SigningKeyCache(capacity: 2)
        for region in ["us-east-1", "us-west-2", "eu-west-1"] {
            _ = cache.signingKey(secretAccessKey: "s", dateStamp: "20150830", region: region, service: "iam")
        }
        #expect(cache.count <= 2)
    }

    @Test(arguments: [
        (0.0, "19700101T000000Z"),
        (951_868_799, "20000229T235959Z"),
        (1_440_938_160, "20150830T123600Z"),
        (1_735_689_599.999, "20241231T235959Z"),
        (4_102_444_800, "21000101T000000Z"),
    ])
    func signingDateRendersUTC(seconds: Double, expected: String) {
        let date = SigningDate(Date(timeIntervalSince1970: seconds))
        #expect(date.amzDate == expected)
        #expect(date.dateStamp == String(expected.prefix(8)))
    }
}

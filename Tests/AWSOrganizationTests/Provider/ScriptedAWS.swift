import AWS
import AWSSigner
import Foundation
import Support
import Synchronization

/// An in-memory AWS for provider tests: answers each operation (by JSON target or Query action)
/// from a closure and records every call in order.
final class ScriptedAWS: HTTPTransport {
    typealias Handler = @Sendable (_ body: [String: Any]) -> (status: Int, body: String)

    private let state = Mutex<(handlers: [String: Handler], calls: [String])>(([:], []))

    func on(_ operation: String, _ handler: @escaping Handler) {
        state.withLock { $0.handlers[operation] = handler }
    }

    var calls: [String] { state.withLock { $0.calls } }

    func count(_ operation: String) -> Int { calls.filter { $0 == operation }.count }

    func send(_ request: HTTPRequest, timeout: Duration) async throws(TransportError) -> HTTPResponse {
        let operation: String
        var body: [String: Any] = [:]
        if let target = request.headers.first(where: { $0.name.lowercased() == "x-amz-target" })?.value {
            operation = String(target.split(separator: ".").last ?? "")
            body = (try? JSONSerialization.jsonObject(with: request.body) as? [String: Any]) ?? [:]
        } else {
            let form = String(decoding: request.body, as: UTF8.self)
            operation =
                form.split(separator: "&").first { $0.hasPrefix("Action=") }.map { String($0.dropFirst(7)) } ?? "?"
        }
        let handler = state.withLock { state -> Handler? in
            state.calls.append(operation)
            return state.handlers[operation]
        }
        guard let handler else {
            return HTTPResponse(
                statusCode: 400, headers: ["content-type": "application/x-amz-json-1.1"],
                body: Data(#"{"__type":"UnexpectedCall","message":"no script for \#(operation)"}"#.utf8))
        }
        let answer = handler(body)
        let isXML = answer.body.hasPrefix("<")
        return HTTPResponse(
            statusCode: answer.status,
            headers: ["content-type": isXML ? "text/xml" : "application/x-amz-json-1.1"],
            body: Data(answer.body.utf8))
    }

    func client() -> AWSClient {
        AWSClient(
            credentials: StaticCredentialProvider(AWSCredentials(accessKeyID: "AKIDTEST", secretAccessKey: "secret")),
            region: "eu-central-1",
            runtime: AWSClient.Runtime(transport: self, retryPolicy: .none, sleeper: .immediate))
    }

    /// STS answers for assuming a member role and asking who we are there.
    func scriptMemberRole() {
        on("AssumeRole") { _ in
            (
                200,
                """
                <AssumeRoleResponse><AssumeRoleResult><Credentials><AccessKeyId>ASIAMEMBER</AccessKeyId>\
                <SecretAccessKey>s</SecretAccessKey><SessionToken>t</SessionToken>\
                <Expiration>2099-01-01T00:00:00Z</Expiration></Credentials>\
                <AssumedRoleUser><AssumedRoleId>AROA:groundwork</AssumedRoleId><Arn>arn:aws:sts::222222222222:assumed-role/OrganizationAccountAccessRole/groundwork</Arn></AssumedRoleUser>\
                </AssumeRoleResult></AssumeRoleResponse>
                """
            )
        }
        on("GetCallerIdentity") { _ in
            (
                200,
                """
                <GetCallerIdentityResponse><GetCallerIdentityResult><Account>222222222222</Account>\
                <Arn>arn:aws:sts::222222222222:assumed-role/OrganizationAccountAccessRole/groundwork</Arn>\
                <UserId>AROA:groundwork</UserId></GetCallerIdentityResult></GetCallerIdentityResponse>
                """
            )
        }
    }
}

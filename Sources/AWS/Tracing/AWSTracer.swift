import Foundation

/// Receives one line per request, answer and retry when `--debug` is on.
///
/// Lines are redacted before they reach the sink: `Authorization`, `X-Amz-Security-Token` and
/// any secret access key, session token or password in a body are replaced by `<redacted>`.
public struct AWSTracer: Sendable {
    private let sink: @Sendable (String) -> Void

    /// - Parameter sink: where each redacted line goes (e.g. standard error).
    public init(_ sink: @escaping @Sendable (String) -> Void) {
        self.sink = sink
    }

    func emit(_ line: String) { sink(line) }

    func request(_ request: HTTPRequest, attempt: Int) {
        var lines = ["→ \(request.method) \(request.url.absoluteString) (attempt \(attempt))"]
        for header in request.headers {
            lines.append("  \(header.name): \(Redactor.headerValue(name: header.name, value: header.value))")
        }
        if !request.body.isEmpty {
            lines.append("  " + Redactor.body(String(decoding: request.body.prefix(4096), as: UTF8.self)))
        }
        emit(lines.joined(separator: "\n"))
    }

    func response(_ response: HTTPResponse, elapsed: Duration) {
        let id = response.header("x-amzn-requestid") ?? response.header("x-amz-request-id") ?? "-"
        var text =
            "← HTTP \(response.statusCode) in \(elapsed.formatted(.units(allowed: [.milliseconds]))) (request \(id))"
        if !response.isSuccess || response.body.count < 4096 {
            text += "\n  " + Redactor.body(String(decoding: response.body.prefix(4096), as: UTF8.self))
        }
        emit(text)
    }
}

/// Strips secrets from header values and bodies before they are traced.
enum Redactor {
    static let secretHeaders: Set<String> = [
        "authorization", "x-amz-security-token", "x-amz-server-side-encryption-customer-key",
    ]
    static let secretFields = [
        "SecretAccessKey", "SessionToken", "secretAccessKey", "sessionToken", "Password", "password", "NewPassword",
        "OldPassword", "PrivateKey",
    ]

    static func headerValue(name: String, value: String) -> String {
        guard secretHeaders.contains(name.lowercased()) else { return value }
        if name.lowercased() == "authorization", let credential = value.range(of: "Credential=") {
            // Keep the scope (key id, date, region, service): useful for debugging, not secret.
            let scope = value[credential.upperBound...].prefix { $0 != "," }
            return "AWS4-HMAC-SHA256 Credential=\(scope), Signature=<redacted>"
        }
        return "<redacted>"
    }

    static func body(_ text: String) -> String {
        var result = text
        for field in secretFields {
            result = replace(in: result, pattern: "<\(field)>[^<]*</\(field)>", with: "<\(field)><redacted></\(field)>")
            result = replace(
                in: result, pattern: "\"\(field)\"\\s*:\\s*\"(?:[^\"\\\\]|\\\\.)*\"",
                with: "\"\(field)\": \"<redacted>\"")
            result = replace(in: result, pattern: "(^|&)\(field)=[^&]*", with: "$1\(field)=<redacted>")
        }
        return result
    }

    private static func replace(in text: String, pattern: String, with template: String) -> String {
        guard let regex = try? NSRegularExpression(pattern: pattern) else { return text }
        return regex.stringByReplacingMatches(
            in: text,
            range: NSRange(text.startIndex..., in: text),
            withTemplate: template
        )
    }
}

import Foundation

/// Redaction rules shared by the descriptions in this module.
enum SigV4Redaction {
    /// Header names whose values are secrets or replayable proofs.
    static let secretHeaders: Set<String> = ["authorization", "x-amz-security-token"]

    /// Query parameters of a presigned URL that would let a reader replay it.
    static let secretQueryParameters: Set<String> = ["x-amz-signature", "x-amz-security-token", "x-amz-credential"]

    /// The URL with the values of `secretQueryParameters` replaced.
    static func redactURL(_ url: URL) -> String {
        let text = url.absoluteString
        guard let query = url.query(percentEncoded: true), let queryStart = text.firstRange(of: "?" + query) else {
            return text
        }
        let redacted = query.split(separator: "&", omittingEmptySubsequences: false).map { parameter in
            let name = parameter.prefix { $0 != "=" }
            return secretQueryParameters.contains(name.lowercased()) ? name + "=<redacted>" : parameter
        }.joined(separator: "&")
        return text.replacingCharacters(in: queryStart, with: "?" + redacted)
    }

    static func redactCanonicalRequest(_ canonicalRequest: String) -> String {
        canonicalRequest.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.hasPrefix("x-amz-security-token:") ? "x-amz-security-token:<redacted>" : String(line)
        }.joined(separator: "\n")
    }
}

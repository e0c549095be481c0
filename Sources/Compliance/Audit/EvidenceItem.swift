public import Foundation

/// One piece of evidence a verdict rests on: an API response exactly as received, or an
/// attestation file, saved in the evidence bundle under its id.
public struct EvidenceItem: Sendable, Hashable {
    /// File-name-safe id (`organizations.ListAccounts.111111111111.us-east-1.json`); results
    /// refer to it in `AuditResult.evidence`.
    public var id: String
    /// Where it came from, for the auditor: `organizations:ListAccounts (account 111111111111, us-east-1)`.
    public var source: String
    /// `application/json`, `application/xml`, or the attestation's type.
    public var mediaType: String
    /// The bytes exactly as received; never re-encoded, so their hash matches what the API sent.
    public var content: Data

    public init(id: String, source: String, mediaType: String, content: Data) {
        self.id = id
        self.source = source
        self.mediaType = mediaType
        self.content = content
    }

    /// An id from the call that produced a response: `service.Operation.account.region[.part].ext`.
    ///
    /// Characters outside `A-Z a-z 0-9 . _ -` become `_`, so the id is always a valid file name.
    public static func id(
        service: String, operation: String, account: String, region: String, part: String? = nil,
        extension fileExtension: String = "json"
    ) -> String {
        let pieces = [service, operation, account, region] + (part.map { [$0] } ?? []) + [fileExtension]
        return pieces.map(sanitized).joined(separator: ".")
    }

    /// True when `id` is usable as a file name in the bundle: 1–200 characters from
    /// `A-Z a-z 0-9 . _ -`, not starting with a dot.
    public static func isValidID(_ id: String) -> Bool {
        guard (1...200).contains(id.count), !id.hasPrefix(".") else { return false }
        return id.unicodeScalars.allSatisfy(isAllowed)
    }

    private static func sanitized(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { isAllowed($0) ? $0 : "_" }))
    }

    private static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "A"..."Z", "a"..."z", "0"..."9", ".", "_", "-": true
        default: false
        }
    }
}

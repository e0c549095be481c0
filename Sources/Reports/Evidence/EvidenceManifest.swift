public import Foundation

/// The signed table of contents of an evidence bundle: who looked, when, with which tool, and
/// the SHA-256 of every file a verdict rests on.
///
/// It is written as sorted-key JSON and signed byte for byte (`manifest.sig`), so the verifier
/// checks exactly the bytes on disk and no re-encoding can change what was signed.
public struct EvidenceManifest: Sendable, Hashable, Codable {
    public struct Tool: Sendable, Hashable, Codable {
        public var name: String
        public var version: String

        public init(name: String, version: String) {
            self.name = name
            self.version = version
        }
    }

    public struct Caller: Sendable, Hashable, Codable {
        public var account: String
        public var principal: String
        public var userId: String?

        public init(account: String, principal: String, userId: String?) {
            self.account = account
            self.principal = principal
            self.userId = userId
        }
    }

    public struct Item: Sendable, Hashable, Codable {
        /// The evidence id results refer to.
        public var id: String
        /// Path relative to the bundle directory (`items/<id>`).
        public var file: String
        /// Lower-case hex SHA-256 of the file.
        public var sha256: String
        public var bytes: Int
        public var source: String
        public var mediaType: String

        public init(id: String, file: String, sha256: String, bytes: Int, source: String, mediaType: String) {
            self.id = id
            self.file = file
            self.sha256 = sha256
            self.bytes = bytes
            self.source = source
            self.mediaType = mediaType
        }
    }

    public struct AttestationEntry: Sendable, Hashable, Codable {
        public var key: String
        public var fileName: String
        public var sha256: String
        public var evidenceId: String

        public init(key: String, fileName: String, sha256: String, evidenceId: String) {
            self.key = key
            self.fileName = fileName
            self.sha256 = sha256
            self.evidenceId = evidenceId
        }
    }

    /// `groundwork-evidence/1`; a verifier refuses formats it does not know.
    public var format: String
    public var tool: Tool
    /// RFC 3339 UTC time of the audit.
    public var time: String
    public var organization: String
    public var caller: Caller
    /// Hex raw Ed25519 public key that signed the manifest (also in `manifest.pub`).
    public var publicKey: String
    public var items: [Item]
    public var attestations: [AttestationEntry]

    public static let currentFormat = "groundwork-evidence/1"
    public static let fileName = "manifest.json"
    public static let signatureFileName = "manifest.sig"
    public static let publicKeyFileName = "manifest.pub"
    public static let itemsDirectory = "items"

    public init(
        format: String = EvidenceManifest.currentFormat,
        tool: Tool,
        time: String,
        organization: String,
        caller: Caller,
        publicKey: String,
        items: [Item],
        attestations: [AttestationEntry]
    ) {
        self.format = format
        self.tool = tool
        self.time = time
        self.organization = organization
        self.caller = caller
        self.publicKey = publicKey
        self.items = items
        self.attestations = attestations
    }

    /// The bytes that are written and signed: pretty, sorted-key JSON with a trailing newline.
    public func encoded() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(self)
        data.append(0x0A)
        return data
    }
}

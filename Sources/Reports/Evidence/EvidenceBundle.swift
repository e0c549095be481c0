public import Compliance
import Digest
public import Foundation

/// Writes an audit's evidence as a directory an auditor can re-check later, offline:
///
/// ```
/// DIR/manifest.json   who, when, which tool, and id → SHA-256 of every item
/// DIR/manifest.sig    hex Ed25519 signature over the exact bytes of manifest.json
/// DIR/manifest.pub    hex Ed25519 public key that made it
/// DIR/items/<id>      every API response (and attestation file) exactly as received
/// ```
///
/// `EvidenceVerifier` re-hashes every item and checks the signature.
public struct EvidenceBundle: Sendable {
    public var organization: String
    public var caller: CallerIdentity
    public var toolVersion: String
    public var time: Date

    public init(organization: String, caller: CallerIdentity, toolVersion: String, time: Date) {
        self.organization = organization
        self.caller = caller
        self.toolVersion = toolVersion
        self.time = time
    }

    /// Writes `items` and the signed manifest into `directory`, which must not exist or be empty
    /// (old evidence is never mixed with new).
    ///
    /// - Parameters:
    ///   - items: API responses and attestation files; ids must be unique safe file names, and no
    ///     item may hold credentials.
    ///   - attestations: The attestations among `items`, listed in the manifest by key.
    ///   - key: The signing key; `EvidenceSigningKey.generate()` for a per-bundle key.
    /// - Returns: The manifest as written.
    /// - Throws: `EvidenceError` naming the item or file at fault.
    @discardableResult
    public func write(
        _ items: [EvidenceItem], attestations: [Attestation] = [], signedWith key: EvidenceSigningKey,
        to directory: URL
    ) throws(EvidenceError) -> EvidenceManifest {
        // Stage 1: refuse unsafe or duplicate ids before touching the disk.
        var seen: Set<String> = []
        for item in items {
            guard EvidenceItem.isValidID(item.id) else {
                throw EvidenceError(
                    .invalidItem,
                    "evidence id '\(item.id)' is not a safe file name (use 1-200 characters from A-Z a-z 0-9 . _ -, not starting with '.')"
                )
            }
            guard seen.insert(item.id).inserted else {
                throw EvidenceError(.invalidItem, "evidence id '\(item.id)' is used by two items; ids must be unique")
            }
            if let marker = Self.credentialMarker(in: item.content) {
                throw EvidenceError(
                    .invalidItem,
                    "evidence item '\(item.id)' holds credentials ('\(marker)'); never keep STS or other credential responses as evidence"
                )
            }
        }
        for attestation in attestations where !seen.contains(attestation.evidenceID) {
            throw EvidenceError(
                .invalidItem, "attestation '\(attestation.key)' has no evidence item '\(attestation.evidenceID)'")
        }

        // Stage 2: a fresh directory with the items, each hashed as written.
        let fileManager = FileManager.default
        let path = directory.path
        if fileManager.fileExists(atPath: path) {
            let contents = (try? fileManager.contentsOfDirectory(atPath: path)) ?? ["?"]
            guard contents.isEmpty else {
                throw EvidenceError(
                    .directoryNotEmpty,
                    "evidence directory '\(path)' is not empty; choose a new directory so old evidence is not mixed in")
            }
        }
        let itemsDirectory = directory.appendingPathComponent(EvidenceManifest.itemsDirectory)
        do {
            try fileManager.createDirectory(at: itemsDirectory, withIntermediateDirectories: true)
        } catch {
            throw EvidenceError(
                .io, "cannot create evidence directory '\(itemsDirectory.path)': \(error.localizedDescription)")
        }
        var entries: [EvidenceManifest.Item] = []
        for item in items {
            let file = "\(EvidenceManifest.itemsDirectory)/\(item.id)"
            try Self.write(item.content, to: directory.appendingPathComponent(file))
            entries.append(
                EvidenceManifest.Item(
                    id: item.id, file: file, sha256: Hex.encode(SHA256.hash(item.content)), bytes: item.content.count,
                    source: item.source, mediaType: item.mediaType))
        }

        // Stage 3: the manifest, its signature and the public key.
        let manifest = EvidenceManifest(
            tool: EvidenceManifest.Tool(name: "groundwork", version: toolVersion),
            time: Self.timestamp(time),
            organization: organization,
            caller: EvidenceManifest.Caller(
                account: caller.account, principal: caller.principal, userId: caller.userID),
            publicKey: Hex.encode(key.publicKey.rawRepresentation),
            items: entries,
            attestations: attestations.map {
                EvidenceManifest.AttestationEntry(
                    key: $0.key, fileName: $0.fileName, sha256: $0.sha256, evidenceId: $0.evidenceID)
            }
        )
        let bytes: Data
        let signature: [UInt8]
        do {
            bytes = try manifest.encoded()
            signature = try key.privateKey.signature(for: Array(bytes))
        } catch {
            throw EvidenceError(.io, "cannot sign the evidence manifest: \(error)")
        }
        try Self.write(bytes, to: directory.appendingPathComponent(EvidenceManifest.fileName))
        try Self.write(
            Data((Hex.encode(signature) + "\n").utf8),
            to: directory.appendingPathComponent(EvidenceManifest.signatureFileName))
        try Self.write(
            Data((manifest.publicKey + "\n").utf8),
            to: directory.appendingPathComponent(EvidenceManifest.publicKeyFileName))
        return manifest
    }

    /// Evidence ids that `results` cite but `items` do not hold, sorted: a verdict whose evidence
    /// was not captured. Call it before writing, and treat a non-empty answer as a bug in the
    /// reader that produced the results.
    public static func missingEvidence(for results: [AuditResult], in items: [EvidenceItem]) -> [String] {
        let held = Set(items.map(\.id))
        return Set(results.flatMap(\.evidence)).subtracting(held).sorted()
    }

    /// Field names that only appear in responses carrying secrets (STS `Credentials`, IAM
    /// `CreateAccessKey`): such a response must never be written to disk.
    static let credentialMarkers = ["SecretAccessKey", "SessionToken"]

    private static func credentialMarker(in content: Data) -> String? {
        credentialMarkers.first { marker in content.range(of: Data(marker.utf8)) != nil }
    }

    /// RFC 3339 in UTC with seconds (`2027-01-15T08:00:00Z`).
    public static func timestamp(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: date)
    }

    private static func write(_ data: Data, to url: URL) throws(EvidenceError) {
        do {
            try data.write(to: url, options: [.withoutOverwriting])
        } catch {
            throw EvidenceError(.io, "cannot write evidence file '\(url.path)': \(error.localizedDescription)")
        }
    }
}

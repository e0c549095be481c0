import Compliance
public import Digest
public import Foundation

/// Re-checks an evidence bundle written by `EvidenceBundle`: the manifest's signature, and the
/// SHA-256 and size of every item, and that nothing was added to or removed from `items/`.
public struct EvidenceVerifier: Sendable {
    /// The public key the auditor trusts (from the report's fingerprint or their own records).
    /// Without it, the verifier can only show the bundle is consistent with the key inside it.
    public var trustedKey: Ed25519.PublicKey?

    public init(trustedKey: Ed25519.PublicKey? = nil) {
        self.trustedKey = trustedKey
    }

    /// Everything wrong with the bundle in `directory`; an empty `problems` means intact.
    public func verify(_ directory: URL) -> EvidenceVerification {
        var problems: [EvidenceVerification.Problem] = []
        let manifestURL = directory.appendingPathComponent(EvidenceManifest.fileName)

        // Stage 1: the manifest's bytes, signature and key.
        guard let manifestBytes = try? Data(contentsOf: manifestURL) else {
            return EvidenceVerification(manifest: nil, problems: [.unreadable(EvidenceManifest.fileName)])
        }
        let publicKey = Self.hexFile(directory.appendingPathComponent(EvidenceManifest.publicKeyFileName))
            .flatMap { try? Ed25519.PublicKey(rawRepresentation: $0) }
        let signature = Self.hexFile(directory.appendingPathComponent(EvidenceManifest.signatureFileName))
        if let trustedKey, let publicKey, trustedKey != publicKey { problems.append(.untrustedKey) }
        let verifyingKey = trustedKey ?? publicKey
        switch (verifyingKey, signature) {
        case (nil, _): problems.append(.unreadable(EvidenceManifest.publicKeyFileName))
        case (_, nil): problems.append(.unreadable(EvidenceManifest.signatureFileName))
        case let (key?, signature?):
            if !key.isValidSignature(signature, for: Array(manifestBytes)) { problems.append(.badSignature) }
        }
        guard let manifest = try? JSONDecoder().decode(EvidenceManifest.self, from: manifestBytes) else {
            return EvidenceVerification(manifest: nil, problems: problems + [.unreadable(EvidenceManifest.fileName)])
        }
        if manifest.format != EvidenceManifest.currentFormat { problems.append(.unknownFormat(manifest.format)) }
        if let publicKey, Hex.encode(publicKey.rawRepresentation) != manifest.publicKey.lowercased() {
            problems.append(.untrustedKey)
        }

        // Stage 2: every listed item, re-hashed.
        var listed: Set<String> = []
        for item in manifest.items {
            let expectedFile = "\(EvidenceManifest.itemsDirectory)/\(item.id)"
            guard item.file == expectedFile, EvidenceItem.isValidID(item.id) else {
                problems.append(.unsafePath(item.file))
                continue
            }
            listed.insert(item.id)
            guard let data = try? Data(contentsOf: directory.appendingPathComponent(item.file)) else {
                problems.append(.missing(item.id))
                continue
            }
            let digest = Hex.encode(SHA256.hash(data))
            if digest != item.sha256.lowercased() || data.count != item.bytes {
                problems.append(.modified(item.id, expected: item.sha256, actual: digest))
            }
        }

        // Stage 3: nothing slipped in beside them.
        let itemsPath = directory.appendingPathComponent(EvidenceManifest.itemsDirectory).path
        let present = (try? FileManager.default.contentsOfDirectory(atPath: itemsPath)) ?? []
        for name in present.sorted() where !listed.contains(name) { problems.append(.unlisted(name)) }
        return EvidenceVerification(manifest: manifest, problems: problems)
    }

    private static func hexFile(_ url: URL) -> [UInt8]? {
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return nil }
        return Hex.decode(text.trimmingCharacters(in: .whitespacesAndNewlines))
    }
}

/// The outcome of `EvidenceVerifier.verify(_:)`.
public struct EvidenceVerification: Sendable, Hashable {
    public enum Problem: Sendable, Hashable, CustomStringConvertible {
        /// A file of the bundle is missing or malformed.
        case unreadable(String)
        /// The signature does not match the manifest's bytes: the manifest was changed.
        case badSignature
        /// The bundle's key is not the trusted key, or `manifest.pub` disagrees with the manifest.
        case untrustedKey
        case unknownFormat(String)
        /// A listed item's file is gone.
        case missing(String)
        /// A listed item's bytes no longer hash to the recorded SHA-256.
        case modified(String, expected: String, actual: String)
        /// A file in `items/` the manifest does not list.
        case unlisted(String)
        /// The manifest points outside `items/`.
        case unsafePath(String)

        public var description: String {
            switch self {
            case .unreadable(let file): "'\(file)' is missing or malformed"
            case .badSignature: "the signature does not match 'manifest.json': the manifest was changed after signing"
            case .untrustedKey: "the bundle was signed with a key other than the trusted one"
            case .unknownFormat(let format): "unknown evidence format '\(format)'"
            case .missing(let id): "evidence item '\(id)' is missing"
            case let .modified(id, expected, actual):
                "evidence item '\(id)' was modified: sha256 \(actual), manifest says \(expected)"
            case .unlisted(let name): "file 'items/\(name)' is not listed in the manifest"
            case .unsafePath(let file): "manifest entry '\(file)' points outside 'items/'"
            }
        }
    }

    /// Nil when the manifest could not be read at all.
    public var manifest: EvidenceManifest?
    public var problems: [Problem]

    public init(manifest: EvidenceManifest?, problems: [Problem]) {
        self.manifest = manifest
        self.problems = problems
    }

    public var isIntact: Bool { problems.isEmpty && manifest != nil }
}

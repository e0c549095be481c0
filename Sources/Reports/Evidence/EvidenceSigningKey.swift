public import Digest
public import Foundation

/// The Ed25519 key that signs an evidence manifest.
///
/// By default a fresh key is generated for each bundle and its private half is never written:
/// the signature then proves the bundle is unchanged since it was signed *by whoever holds the
/// public key the report names* (`AuditReport.evidenceKeyFingerprint`), so record that
/// fingerprint where the auditor can find it. An organization that wants every bundle signed by
/// one key passes a key file instead: 64 hex characters (the 32-byte seed), readable only by
/// its owner (mode 0600), like an SSH private key.
public struct EvidenceSigningKey: Sendable {
    public let privateKey: Ed25519.PrivateKey

    public init(_ privateKey: Ed25519.PrivateKey) {
        self.privateKey = privateKey
    }

    public var publicKey: Ed25519.PublicKey { privateKey.publicKey }

    /// A new random key for one bundle.
    public static func generate() throws(EvidenceError) -> EvidenceSigningKey {
        do {
            return EvidenceSigningKey(try Ed25519.PrivateKey())
        } catch {
            throw EvidenceError(.key, "could not generate an Ed25519 key: \(error.message)")
        }
    }

    /// Reads a key file: 64 hex characters, surrounding whitespace allowed, mode 0600 or stricter.
    ///
    /// - Throws: `EvidenceError` (`.key`) when the file is readable by group or others, is not
    ///   64 hex characters, or cannot be read. The message never includes the file's content.
    public static func load(from url: URL) throws(EvidenceError) -> EvidenceSigningKey {
        let path = url.path
        let permissions: Int
        do {
            let attributes = try FileManager.default.attributesOfItem(atPath: path)
            permissions = (attributes[.posixPermissions] as? NSNumber)?.intValue ?? 0o777
        } catch {
            throw EvidenceError(.key, "cannot read signing key '\(path)': \(error.localizedDescription)")
        }
        guard permissions & 0o077 == 0 else {
            throw EvidenceError(
                .key,
                "signing key '\(path)' is readable by others (mode \(String(permissions & 0o777, radix: 8))); run 'chmod 600 \(path)'"
            )
        }
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw EvidenceError(.key, "cannot read signing key '\(path)': \(error.localizedDescription)")
        }
        guard let seed = Hex.decode(text.trimmingCharacters(in: .whitespacesAndNewlines)), seed.count == 32 else {
            throw EvidenceError(.key, "signing key '\(path)' is not 64 hex characters (an Ed25519 seed)")
        }
        do {
            return EvidenceSigningKey(try Ed25519.PrivateKey(rawRepresentation: seed))
        } catch {
            throw EvidenceError(.key, "signing key '\(path)' is not a usable Ed25519 seed: \(error.message)")
        }
    }

    /// Writes the seed as hex to a new file with mode 0600, for `load(from:)`; never overwrites.
    public func save(to url: URL) throws(EvidenceError) {
        let data = Data((Hex.encode(privateKey.rawRepresentation) + "\n").utf8)
        guard !FileManager.default.fileExists(atPath: url.path) else {
            throw EvidenceError(
                .key, "signing key file '\(url.path)' already exists; choose a new path or remove it first")
        }
        guard FileManager.default.createFile(atPath: url.path, contents: nil, attributes: [.posixPermissions: 0o600])
        else { throw EvidenceError(.io, "cannot create signing key file '\(url.path)'") }
        do {
            let handle = try FileHandle(forWritingTo: url)
            defer { try? handle.close() }
            try handle.write(contentsOf: data)
        } catch {
            throw EvidenceError(.io, "cannot write signing key file '\(url.path)': \(error.localizedDescription)")
        }
    }

    /// Hex SHA-256 of the raw public key: short enough to print, enough to compare.
    public static func fingerprint(of publicKey: Ed25519.PublicKey) -> String {
        Hex.encode(SHA256.hash(publicKey.rawRepresentation))
    }
}

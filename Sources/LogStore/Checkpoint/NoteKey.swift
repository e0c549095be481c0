public import Digest
import Foundation

/// A signed-note key pair in the C2SP text form (<https://c2sp.org/signed-note>), Ed25519 only.
///
/// The key name is the log's origin line; the key id is the first four bytes of
/// `SHA-256(name || "\n" || 0x01 || public key)`, so a signature names the key that made it.
/// The private form is `PRIVATE+KEY+<name>+<id>+<base64(0x01 || seed)>`; the public (verifier)
/// form is `<name>+<id>+<base64(0x01 || public key)>`. Both are one line, so they can be pinned
/// in a file, pasted in a ticket, or given to `logs verify --trusted-key`.
public struct NoteVerifierKey: Sendable, Hashable, CustomStringConvertible {
    /// The key name (the log origin).
    public let name: String
    /// The 4-byte key id, big-endian.
    public let keyID: UInt32
    public let publicKey: Ed25519.PublicKey

    static let algorithmEd25519: UInt8 = 0x01

    public init(name: String, publicKey: Ed25519.PublicKey) throws(LogStoreError) {
        guard Self.isValidName(name) else {
            throw LogStoreError(.invalidKey, "key name '\(name)' must be non-empty and contain no spaces or '+'")
        }
        self.name = name
        self.publicKey = publicKey
        self.keyID = Self.keyID(name: name, publicKey: publicKey)
    }

    /// Parses the one-line verifier form.
    public init(text: String) throws(LogStoreError) {
        // The base64 key material may itself contain '+', so split only at the first two.
        let parts = text.trimmingCharacters(in: .whitespacesAndNewlines).split(
            separator: "+", maxSplits: 2, omittingEmptySubsequences: false)
        guard parts.count == 3, let id = UInt32(parts[1], radix: 16), parts[1].count == 8,
            let bytes = Data(base64Encoded: String(parts[2])), bytes.count == 33, bytes.first == Self.algorithmEd25519,
            let key = try? Ed25519.PublicKey(rawRepresentation: Array(bytes.dropFirst()))
        else {
            throw LogStoreError(.invalidKey, "not a signed-note verifier key (expected '<name>+<8 hex>+<base64>')")
        }
        try self.init(name: String(parts[0]), publicKey: key)
        guard keyID == id else {
            throw LogStoreError(
                .invalidKey, "verifier key '\(name)' has key id \(parts[1]) but its key hashes to \(Self.hex(keyID))")
        }
    }

    /// The one-line verifier form.
    public var text: String {
        "\(name)+\(Self.hex(keyID))+\(Data([Self.algorithmEd25519] + publicKey.rawRepresentation).base64EncodedString())"
    }

    public var description: String { text }

    static func keyID(name: String, publicKey: Ed25519.PublicKey) -> UInt32 {
        let digest = SHA256.hash(Array(name.utf8) + [0x0a, algorithmEd25519] + publicKey.rawRepresentation)
        return digest.prefix(4).reduce(0) { $0 << 8 | UInt32($1) }
    }

    static func isValidName(_ name: String) -> Bool {
        !name.isEmpty && !name.contains("+") && !name.unicodeScalars.contains { $0.properties.isWhitespace }
    }

    static func hex(_ id: UInt32) -> String {
        let digits = String(id, radix: 16)
        return String(repeating: "0", count: 8 - digits.count) + digits
    }
}

/// The private half: signs checkpoints. Its description never shows the key.
public struct NoteSignerKey: Sendable, CustomStringConvertible {
    public let verifier: NoteVerifierKey
    private let privateKey: Ed25519.PrivateKey

    /// Creates a new random key for `name`.
    public init(generatingFor name: String) throws(LogStoreError) {
        let key: Ed25519.PrivateKey
        do { key = try Ed25519.PrivateKey() } catch {
            throw LogStoreError(.invalidKey, "cannot generate a signing key: \(error)")
        }
        try self.init(name: name, privateKey: key)
    }

    public init(name: String, privateKey: Ed25519.PrivateKey) throws(LogStoreError) {
        self.privateKey = privateKey
        self.verifier = try NoteVerifierKey(name: name, publicKey: privateKey.publicKey)
    }

    /// Parses the one-line private form `PRIVATE+KEY+<name>+<id>+<base64>`.
    public init(text: String) throws(LogStoreError) {
        let parts = text.trimmingCharacters(in: .whitespacesAndNewlines).split(
            separator: "+", maxSplits: 4, omittingEmptySubsequences: false)
        guard parts.count == 5, parts[0] == "PRIVATE", parts[1] == "KEY", let id = UInt32(parts[3], radix: 16),
            let bytes = Data(base64Encoded: String(parts[4])), bytes.count == 33,
            bytes.first == NoteVerifierKey.algorithmEd25519,
            let key = try? Ed25519.PrivateKey(rawRepresentation: Array(bytes.dropFirst()))
        else {
            throw LogStoreError(
                .invalidKey, "not a signed-note signing key (expected 'PRIVATE+KEY+<name>+<8 hex>+<base64>')")
        }
        try self.init(name: String(parts[2]), privateKey: key)
        guard verifier.keyID == id else {
            throw LogStoreError(.invalidKey, "the signing key's id does not match its key")
        }
    }

    /// The one-line private form. A secret: write it only to a 0600 file.
    public var secretText: String {
        "PRIVATE+KEY+\(verifier.name)+\(NoteVerifierKey.hex(verifier.keyID))+"
            + Data([NoteVerifierKey.algorithmEd25519] + privateKey.rawRepresentation).base64EncodedString()
    }

    func sign(_ message: [UInt8]) throws(LogStoreError) -> [UInt8] {
        do { return try privateKey.signature(for: message) } catch {
            throw LogStoreError(.invalidKey, "cannot sign: \(error)")
        }
    }

    public var description: String { "NoteSignerKey(<redacted>, verifier: \(verifier.text))" }
}

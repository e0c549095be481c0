import Digest
import Foundation

/// A C2SP signed note: a UTF-8 text ending in a newline, a blank line, then signature lines
/// `— <key name> <base64(key id || signature)>` (<https://c2sp.org/signed-note>).
public struct SignedNote: Sendable, Hashable {
    /// One signature line.
    public struct Signature: Sendable, Hashable {
        public let name: String
        public let keyID: UInt32
        public let signature: [UInt8]
    }

    /// The signed text, ending in "\n".
    public let text: String
    public let signatures: [Signature]

    private static let dash = "\u{2014}"

    /// Signs `text` (which must end in a newline) with `key`.
    public static func sign(_ text: String, with key: NoteSignerKey) throws(LogStoreError) -> SignedNote {
        guard text.hasSuffix("\n"), !text.contains("\n\n") else {
            throw LogStoreError(.invalidNote, "a note text must end in one newline and contain no blank line")
        }
        let signature = try key.sign(Array(text.utf8))
        return SignedNote(
            text: text,
            signatures: [Signature(name: key.verifier.name, keyID: key.verifier.keyID, signature: signature)])
    }

    private init(text: String, signatures: [Signature]) {
        self.text = text
        self.signatures = signatures
    }

    /// Parses the full note (text, blank line, signature lines).
    public init(parsing note: String) throws(LogStoreError) {
        guard let split = note.range(of: "\n\n", options: .backwards) else {
            throw LogStoreError(.invalidNote, "not a signed note: no blank line before the signatures")
        }
        let text = String(note[..<split.lowerBound]) + "\n"
        var signatures: [Signature] = []
        for line in note[split.upperBound...].split(separator: "\n") {
            let fields = line.split(separator: " ")
            guard fields.count == 3, fields[0] == Self.dash, let blob = Data(base64Encoded: String(fields[2])),
                blob.count == 68
            else {
                throw LogStoreError(.invalidNote, "not a signed note: malformed signature line '\(line.prefix(40))'")
            }
            let bytes = Array(blob)
            let id = bytes.prefix(4).reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
            signatures.append(Signature(name: String(fields[1]), keyID: id, signature: Array(bytes.dropFirst(4))))
        }
        guard !signatures.isEmpty else { throw LogStoreError(.invalidNote, "not a signed note: no signature lines") }
        self.init(text: text, signatures: signatures)
    }

    /// The full note as it is written to a file or printed.
    public var serialized: String {
        var out = text + "\n"
        for signature in signatures {
            let blob = withUnsafeBytes(of: signature.keyID.bigEndian) { Array($0) } + signature.signature
            out += "\(Self.dash) \(signature.name) \(Data(blob).base64EncodedString())\n"
        }
        return out
    }

    /// True when a signature by `key` (same name and id) verifies over the text.
    public func isSigned(by key: NoteVerifierKey) -> Bool {
        signatures.contains {
            $0.name == key.name && $0.keyID == key.keyID
                && key.publicKey.isValidSignature($0.signature, for: Array(text.utf8))
        }
    }
}

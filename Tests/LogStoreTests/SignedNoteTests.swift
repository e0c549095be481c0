import Foundation
import LogStore
import Testing

/// The example key pair and note of the Go reference implementation (golang.org/x/mod/sumdb/note),
/// which every C2SP signed-note implementation reproduces byte for byte (Ed25519 is deterministic).
@Suite struct SignedNoteTests {
    static let verifierText = "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW"
    static let signerText = "PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz"
    static let text =
        "If you think cryptography is the answer to your problem,\nthen you don't know what your problem is.\n"
    static let note =
        text
        + "\n\u{2014} PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n"

    @Test func keysRoundTripTheReferenceEncoding() throws {
        let verifier = try NoteVerifierKey(text: Self.verifierText)
        #expect(verifier.name == "PeterNeumann")
        #expect(verifier.keyID == 0xc74f_20a3)
        #expect(verifier.text == Self.verifierText)
        let signer = try NoteSignerKey(text: Self.signerText)
        #expect(signer.verifier == verifier)
        #expect(signer.secretText == Self.signerText)
        #expect(!signer.description.contains("AYEKFALV"))
    }

    @Test func signingReproducesTheReferenceNote() throws {
        let signer = try NoteSignerKey(text: Self.signerText)
        let note = try SignedNote.sign(Self.text, with: signer)
        #expect(note.serialized == Self.note)
    }

    @Test func parsedReferenceNoteVerifiesAndAnyChangeBreaksIt() throws {
        let verifier = try NoteVerifierKey(text: Self.verifierText)
        let note = try SignedNote(parsing: Self.note)
        #expect(note.text == Self.text)
        #expect(note.isSigned(by: verifier))
        let altered = try SignedNote(parsing: Self.note.replacingOccurrences(of: "cryptography", with: "cryptographY"))
        #expect(!altered.isSigned(by: verifier))
        let other = try NoteSignerKey(generatingFor: "PeterNeumann")
        #expect(!note.isSigned(by: other.verifier))
    }

    @Test(arguments: [
        "PeterNeumann+c74f20a4+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW",  // wrong id
        "PeterNeumann+c74f20a3+ApPc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW",  // wrong algorithm byte
        "PeterNeumann+c74f20a3",
        "Peter Neumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW",
    ])
    func malformedVerifierKeysAreRejected(text: String) {
        #expect(throws: LogStoreError.self) { try NoteVerifierKey(text: text) }
    }

    @Test func malformedNotesAreRejected() {
        #expect(throws: LogStoreError.self) { try SignedNote(parsing: Self.text) }
        #expect(throws: LogStoreError.self) { try SignedNote(parsing: Self.text + "\n\u{2014} PeterNeumann AAAA\n") }
    }

    @Test func checkpointTextRoundTrips() throws {
        let root = TreeHash.leaf([1, 2, 3])
        let time = Date(timeIntervalSince1970: 1_700_000_000)
        let checkpoint = Checkpoint(origin: "groundwork/test", size: 42, root: root, time: time)
        #expect(checkpoint.text.hasPrefix("groundwork/test\n42\n"))
        #expect(checkpoint.text.hasSuffix("time 2023-11-14T22:13:20Z\n"))
        #expect(try Checkpoint(text: checkpoint.text) == checkpoint)
        #expect(throws: LogStoreError.self) { try Checkpoint(text: "origin\nnot-a-number\nAAAA\n") }
    }
}

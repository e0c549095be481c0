public import Compliance
import Digest
public import Foundation

/// Reads `--attest KEY=FILE` arguments into an `Attestation` (its file hashed with SHA-256) and
/// the evidence item that carries the file into the bundle.
public enum AttestationFile {
    /// The largest attestation file accepted (50 MiB): screenshots and PDFs, not archives.
    public static let maximumBytes = 50 * 1024 * 1024

    /// - Parameters:
    ///   - argument: `mfa=evidence/mfa-settings.png`.
    ///   - directory: What a relative path is relative to (the working directory).
    /// - Throws: `EvidenceError` (`.attestation`) when the argument has no `=`, the key is not a
    ///   simple word, or the file is missing, empty or too large.
    public static func load(_ argument: String, relativeTo directory: URL) throws(EvidenceError) -> (
        Attestation, EvidenceItem
    ) {
        guard let equals = argument.firstIndex(of: "=") else {
            throw EvidenceError(
                .attestation, "attestation '\(argument)' is not KEY=FILE; write e.g. '--attest mfa=mfa.png'")
        }
        let key = String(argument[..<equals])
        let path = String(argument[argument.index(after: equals)...])
        guard !key.isEmpty, key.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) || $0 == "-" }) else {
            throw EvidenceError(
                .attestation, "attestation key '\(key)' must be lower-case letters and '-', e.g. 'mfa'")
        }
        guard !path.isEmpty else {
            throw EvidenceError(.attestation, "attestation '\(key)' names no file; write '--attest \(key)=FILE'")
        }
        let url = path.hasPrefix("/") ? URL(fileURLWithPath: path) : directory.appendingPathComponent(path)
        let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? NSNumber)?.intValue
        guard let size else {
            throw EvidenceError(.attestation, "cannot read attestation file '\(url.path)'; check the path")
        }
        guard size > 0, size <= maximumBytes else {
            throw EvidenceError(
                .attestation,
                "attestation file '\(url.path)' is \(size) bytes; it must hold between 1 byte and \(maximumBytes / 1024 / 1024) MiB"
            )
        }
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw EvidenceError(
                .attestation, "cannot read attestation file '\(url.path)': \(error.localizedDescription)")
        }
        let attestation = Attestation(
            key: key, fileName: url.lastPathComponent, sha256: Hex.encode(SHA256.hash(data)), byteCount: data.count)
        let item = EvidenceItem(
            id: attestation.evidenceID, source: "attestation '\(key)' from file '\(url.lastPathComponent)'",
            mediaType: mediaType(of: url), content: data)
        return (attestation, item)
    }

    private static func mediaType(of url: URL) -> String {
        switch url.pathExtension.lowercased() {
        case "png": "image/png"
        case "jpg", "jpeg": "image/jpeg"
        case "pdf": "application/pdf"
        case "json": "application/json"
        case "txt", "md": "text/plain"
        default: "application/octet-stream"
        }
    }
}

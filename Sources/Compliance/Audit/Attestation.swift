/// A document a person supplies (`--attest mfa=FILE`) to settle a check no public API answers.
///
/// Semantics, stated once so that reports and auditors read it the same way:
/// - The file is hashed (SHA-256) and saved in the evidence bundle under `evidenceID`; its hash
///   is signed with the rest of the manifest, so it cannot be swapped later unnoticed.
/// - It turns a MANUAL result of the check whose `attestationKey` matches into a PASS that
///   carries the attestation. Reports print it as "PASS (attested)", so a reader always sees that
///   the verdict rests on a person's word and a document, not on an API response.
/// - It never changes a FAIL or an ERROR: a document cannot outweigh what the API showed, and a
///   check that could not run is not settled by one.
/// - Groundwork does not read or judge the document's content; the auditor does.
public struct Attestation: Sendable, Hashable {
    /// The key given on the command line (`mfa`), matching an `AuditCheck.attestationKey`.
    public var key: String
    /// The file's name as given, without directories, for the report.
    public var fileName: String
    /// Lower-case hex SHA-256 of the file's bytes.
    public var sha256: String
    public var byteCount: Int

    public init(key: String, fileName: String, sha256: String, byteCount: Int) {
        self.key = key
        self.fileName = fileName
        self.sha256 = sha256
        self.byteCount = byteCount
    }

    /// The id of the evidence item holding the file: `attestation-<key>`.
    public var evidenceID: String { "attestation-\(key)" }
}

/// An attestation named a key no check accepts.
public struct AttestationError: Error, Sendable, Hashable, CustomStringConvertible {
    public var message: String

    public init(_ message: String) {
        self.message = message
    }

    public var description: String { message }
}

extension AuditResult {
    /// This result settled by `attestation`: a MANUAL result becomes PASS carrying the
    /// attestation and its evidence id; any other result is returned unchanged.
    public func attested(by attestation: Attestation) -> AuditResult {
        guard status == .manual else { return self }
        var result = self
        result.status = .pass
        result.attestation = attestation
        result.message =
            "attested by '\(attestation.fileName)' (sha256 \(attestation.sha256)); the verdict rests on that document, not on an API response"
        if !result.evidence.contains(attestation.evidenceID) { result.evidence.append(attestation.evidenceID) }
        return result
    }
}

extension Array where Element == AuditResult {
    /// Applies attestations to the MANUAL results of the checks that accept them.
    ///
    /// - Throws: `AttestationError` when an attestation's key matches no check in `checks`, so a
    ///   mistyped `--attest mfe=FILE` is not silently ignored.
    public func applying(_ attestations: [Attestation], checks: [AuditCheck]) throws(AttestationError) -> [AuditResult]
    {
        var checkIDsByKey: [String: Set<String>] = [:]
        for check in checks {
            if let key = check.attestationKey { checkIDsByKey[key, default: []].insert(check.id) }
        }
        var byCheck: [String: Attestation] = [:]
        for attestation in attestations {
            guard let ids = checkIDsByKey[attestation.key] else {
                let known = checkIDsByKey.keys.sorted().map { "'\($0)'" }.joined(separator: ", ")
                throw AttestationError(
                    "no check accepts attestation '\(attestation.key)'; use one of \(known.isEmpty ? "(none)" : known)")
            }
            for id in ids { byCheck[id] = attestation }
        }
        return map { result in byCheck[result.checkID].map(result.attested(by:)) ?? result }
    }
}

import Compliance
import Foundation
import Reports
import Testing

@Suite struct EvidenceBundleTests {
    static let caller = CallerIdentity(
        account: "111111111111", principal: "arn:aws:sts::111111111111:assumed-role/Auditor/alice",
        userID: "AROAX:alice")
    static let bundle = EvidenceBundle(
        organization: "acme", caller: caller, toolVersion: "0.1.0", time: Date(timeIntervalSince1970: 1_800_000_000))
    static let items = [
        EvidenceItem(
            id: "cloudtrail.DescribeTrails.111111111111.eu-central-1.json", source: "cloudtrail:DescribeTrails",
            mediaType: "application/json", content: Data(#"{"trailList":[{"Name":"org"}]}"#.utf8)),
        EvidenceItem(
            id: "s3.GetObjectLockConfiguration.222222222222.eu-central-1.xml", source: "s3:GetObjectLockConfiguration",
            mediaType: "application/xml", content: Data("<ObjectLockConfiguration/>".utf8)),
    ]

    /// A fresh, empty temporary directory path (not created), removed by the caller.
    static func temporaryDirectory() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("groundwork-evidence-\(UUID().uuidString)")
    }

    func written(attest: Bool = false) throws -> (URL, EvidenceSigningKey) {
        let directory = Self.temporaryDirectory()
        let key = try EvidenceSigningKey.generate()
        var items = Self.items
        var attestations: [Attestation] = []
        if attest {
            let file = Self.temporaryDirectory().appendingPathExtension("png")
            try Data("PNG screenshot".utf8).write(to: file)
            defer { try? FileManager.default.removeItem(at: file) }
            let (attestation, item) = try AttestationFile.load(
                "mfa=\(file.lastPathComponent)", relativeTo: file.deletingLastPathComponent())
            items.append(item)
            attestations.append(attestation)
        }
        try Self.bundle.write(items, attestations: attestations, signedWith: key, to: directory)
        return (directory, key)
    }

    @Test func writesEveryItemWithItsHashCallerTimeAndVersion() throws {
        let (directory, key) = try written()
        defer { try? FileManager.default.removeItem(at: directory) }
        let verification = EvidenceVerifier(trustedKey: key.publicKey).verify(directory)
        #expect(verification.problems.isEmpty)
        #expect(verification.isIntact)
        let manifest = try #require(verification.manifest)
        #expect(manifest.format == "groundwork-evidence/1")
        #expect(manifest.time == "2027-01-15T08:00:00Z")
        #expect(manifest.tool.version == "0.1.0")
        #expect(manifest.caller.principal == Self.caller.principal)
        #expect(manifest.items.map(\.id) == Self.items.map(\.id))
        // SHA-256 of the item bytes, from `printf '...' | sha256sum`.
        let trail = try #require(manifest.items.first)
        #expect(trail.sha256 == "187c212cc2d2057cddbf500ab1aab05ad34ef06af2615f774e4eecd7fa7661bf")
        let saved = try Data(contentsOf: directory.appendingPathComponent(trail.file))
        #expect(saved == Self.items[0].content)
        let publicKey = try String(contentsOf: directory.appendingPathComponent("manifest.pub"), encoding: .utf8)
        #expect(publicKey.trimmingCharacters(in: .whitespacesAndNewlines) == manifest.publicKey)
        #expect(FileManager.default.fileExists(atPath: directory.appendingPathComponent("manifest.sig").path))
    }

    @Test func detectsATamperedItem() throws {
        let (directory, _) = try written()
        defer { try? FileManager.default.removeItem(at: directory) }
        let id = Self.items[0].id
        try Data(#"{"trailList":[]}"#.utf8).write(to: directory.appendingPathComponent("items/\(id)"))
        let problems = EvidenceVerifier().verify(directory).problems
        #expect(problems.count == 1)
        guard case .modified(let modified, _, _) = problems.first else {
            Issue.record("expected a modified item, got \(problems)")
            return
        }
        #expect(modified == id)
    }

    @Test func detectsATamperedManifest() throws {
        let (directory, _) = try written()
        defer { try? FileManager.default.removeItem(at: directory) }
        let url = directory.appendingPathComponent("manifest.json")
        let text = try String(contentsOf: url, encoding: .utf8)
        // Someone swaps an item and updates its hash in the manifest: the signature gives it away.
        let id = Self.items[1].id
        try Data("<ObjectLockConfiguration><x/></ObjectLockConfiguration>".utf8).write(
            to: directory.appendingPathComponent("items/\(id)"))
        let original = try #require(EvidenceVerifier().verify(directory).manifest?.items.last?.sha256)
        let forged = text.replacingOccurrences(of: original, with: String(repeating: "0", count: 64))
        try Data(forged.utf8).write(to: url)
        let problems = EvidenceVerifier().verify(directory).problems
        #expect(problems.contains(.badSignature))
    }

    @Test func detectsMissingAndUnlistedFilesAndAForeignKey() throws {
        let (directory, _) = try written()
        defer { try? FileManager.default.removeItem(at: directory) }
        try FileManager.default.removeItem(at: directory.appendingPathComponent("items/\(Self.items[0].id)"))
        try Data("extra".utf8).write(to: directory.appendingPathComponent("items/planted.json"))
        let other = try EvidenceSigningKey.generate()
        let problems = EvidenceVerifier(trustedKey: other.publicKey).verify(directory).problems
        #expect(problems.contains(.missing(Self.items[0].id)))
        #expect(problems.contains(.unlisted("planted.json")))
        #expect(problems.contains(.untrustedKey))
        #expect(problems.contains(.badSignature))
    }

    @Test func hashesAttestationsIntoTheManifest() throws {
        let (directory, _) = try written(attest: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let manifest = try #require(EvidenceVerifier().verify(directory).manifest)
        let attestation = try #require(manifest.attestations.first)
        #expect(attestation.key == "mfa" && attestation.evidenceId == "attestation-mfa")
        // SHA-256("PNG screenshot"), from `printf 'PNG screenshot' | sha256sum`.
        #expect(attestation.sha256 == "ca668aaac7c161e9ba83322ed3ead8bb73400b31564d1cc0ad4ae636cf0020d5")
        #expect(manifest.items.contains { $0.id == "attestation-mfa" && $0.sha256 == attestation.sha256 })
        #expect(EvidenceVerifier().verify(directory).isIntact)
    }

    @Test func refusesANonEmptyDirectoryAndUnsafeIDs() throws {
        let (directory, key) = try written()
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(throws: EvidenceError.self) { try Self.bundle.write(Self.items, signedWith: key, to: directory) }
        let fresh = Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: fresh) }
        let unsafe = EvidenceItem(id: "../escape", source: "x", mediaType: "text/plain", content: Data())
        do {
            try Self.bundle.write([unsafe], signedWith: key, to: fresh)
            Issue.record("an unsafe id was accepted")
        } catch {
            #expect(error.code == .invalidItem)
        }
        #expect(!FileManager.default.fileExists(atPath: fresh.path))
        let duplicate = Self.items + [Self.items[0]]
        #expect(throws: EvidenceError.self) { try Self.bundle.write(duplicate, signedWith: key, to: fresh) }
    }

    @Test func keyFilesMustBePrivate() throws {
        let url = Self.temporaryDirectory().appendingPathExtension("key")
        defer { try? FileManager.default.removeItem(at: url) }
        let key = try EvidenceSigningKey.generate()
        try key.save(to: url)
        let mode = try FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as? NSNumber
        #expect(mode?.intValue == 0o600)
        let loaded = try EvidenceSigningKey.load(from: url)
        #expect(loaded.publicKey == key.publicKey)
        #expect(throws: EvidenceError.self) { try key.save(to: url) }

        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: url.path)
        do {
            _ = try EvidenceSigningKey.load(from: url)
            Issue.record("a world-readable key was accepted")
        } catch {
            #expect(error.code == .key)
            #expect(error.message.contains("chmod 600"))
        }
    }

    @Test func refusesResponsesThatHoldCredentials() throws {
        let key = try EvidenceSigningKey.generate()
        let fresh = Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: fresh) }
        let sts = EvidenceItem(
            id: "sts.AssumeRole.111111111111.us-east-1.xml", source: "sts:AssumeRole", mediaType: "application/xml",
            content: Data(
                "<Credentials><AccessKeyId>ASIA</AccessKeyId><SecretAccessKey>x</SecretAccessKey></Credentials>".utf8))
        do {
            try Self.bundle.write(Self.items + [sts], signedWith: key, to: fresh)
            Issue.record("a credential response was written")
        } catch {
            #expect(error.code == .invalidItem)
            #expect(error.message.contains("'SecretAccessKey'"))
            #expect(!error.message.contains("ASIA"))
        }
        #expect(!FileManager.default.fileExists(atPath: fresh.path))
    }

    @Test func namesEvidenceThatResultsCiteButNobodyCaptured() {
        let results = [
            AuditCheck.trailLogging.result(
                .pass, resource: "t", message: "m", evidence: [Self.items[0].id, "iam.ListUsers.x.json"]),
            AuditCheck.rootMFA.result(
                .fail, resource: "r", message: "m", evidence: ["attestation-mfa", "iam.ListUsers.x.json"]),
        ]
        #expect(
            EvidenceBundle.missingEvidence(for: results, in: Self.items) == ["attestation-mfa", "iam.ListUsers.x.json"])
        #expect(EvidenceBundle.missingEvidence(for: Array(results.prefix(0)), in: Self.items).isEmpty)
    }

    @Test(arguments: ["mfa", "=x", "MFA=x", "mfa="])
    func refusesMalformedAttestationArguments(argument: String) {
        #expect(throws: EvidenceError.self) {
            try AttestationFile.load(argument, relativeTo: URL(fileURLWithPath: "/"))
        }
    }
}

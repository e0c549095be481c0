public import Foundation

extension FrameworkCatalogue {
    /// The bundled catalogue plus the clause mapping of the audit-only checks
    /// (`Catalogue/audit-checks.json`), so `controls(for:frameworks:)` answers for rule ids and
    /// audit check ids alike.
    ///
    /// The audit checks sit in their own file so that `mappings.json` keeps naming only spec
    /// rules. The files are part of the build and a test loads them, so failing here is a
    /// packaging bug.
    public static let audit: FrameworkCatalogue = {
        guard let directory = Bundle.module.url(forResource: "Catalogue", withExtension: nil) else {
            preconditionFailure(
                "the Compliance resource bundle has no 'Catalogue' directory; the package is built incorrectly")
        }
        do {
            return try bundled.addingAuditChecks(from: directory)
        } catch {
            preconditionFailure("the bundled audit check catalogue is invalid: \(error)")
        }
    }()

    /// This catalogue with the mappings of `audit-checks.json` in `directory` added.
    ///
    /// - Throws: `CatalogueError` when the file cannot be read or decoded, or maps an id twice.
    public func addingAuditChecks(from directory: URL) throws -> FrameworkCatalogue {
        let url = directory.appendingPathComponent("audit-checks.json")
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw CatalogueError("cannot read catalogue file '\(url.path)': \(error.localizedDescription)")
        }
        let file: AuditChecksFile
        do {
            file = try JSONDecoder().decode(AuditChecksFile.self, from: data)
        } catch {
            throw CatalogueError("catalogue file 'audit-checks.json' is malformed: \(error)")
        }
        let known = Set(mappings.map(\.rule))
        for mapping in file.checks where known.contains(mapping.rule) {
            throw CatalogueError(
                "'audit-checks.json' maps '\(mapping.rule)', which 'mappings.json' already maps; keep one entry")
        }
        return FrameworkCatalogue(
            frameworks: frameworks, retentionFloor: retentionFloor, retention: retention,
            mappings: mappings + file.checks)
    }
}

private struct AuditChecksFile: Decodable {
    var checks: [RuleMapping]
}

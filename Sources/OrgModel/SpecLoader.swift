internal import Foundation
public import Support
internal import YAML

/// Loads an organization spec (`organization.yaml`) into the model, strictly.
///
/// Every problem in the file is reported in one run, each as `file:line:col: error: message`:
/// malformed YAML, duplicate keys, unknown keys (with a "did you mean"), wrong types, bad
/// durations and retention periods, unknown values (listing the valid ones), references to
/// undeclared units, accounts, groups, people or profiles, and a `version` other than 1. Policy
/// questions (is production isolated? is MFA required?) are not load errors: they are findings
/// of `groundwork check`. An invalid spec never yields a half-read model.
///
/// See `docs/spec.md` for every field.
public enum SpecLoader {
    /// Reads and loads the spec at `path`.
    ///
    /// - Parameter path: The file to read; it also names the file in diagnostics.
    /// - Returns: The organization the spec declares, with its ``Organization/sourceMap`` filled.
    /// - Throws: ``DiagnosticsError`` listing every problem, in file order.
    public static func load(contentsOf path: String) throws(DiagnosticsError) -> Organization {
        let limit = YAMLParser.Limits.default.maxBytes
        let url = URL(fileURLWithPath: path)
        let data: Data
        do {
            let size = (try FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.intValue ?? 0
            guard size <= limit else {
                throw DiagnosticsError([
                    Diagnostic(
                        .error, "'\(path)' is \(size) bytes, more than the \(limit)-byte limit for a spec", at: nil)
                ])
            }
            data = try Data(contentsOf: url)
        } catch let error as DiagnosticsError {
            throw error
        } catch {
            let reason = FileManager.default.fileExists(atPath: path) ? "it could not be read" : "no such file"
            throw DiagnosticsError([
                Diagnostic(.error, "cannot read spec '\(path)': \(reason); write one with 'groundwork init'", at: nil)
            ])
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw DiagnosticsError([
                Diagnostic(
                    .error, "spec '\(path)' is not UTF-8 text", at: SourceLocation(file: path, line: 1, column: 1))
            ])
        }
        return try load(yaml: text, file: path)
    }

    /// Loads a spec from text.
    ///
    /// - Parameters:
    ///   - yaml: The spec's YAML source.
    ///   - file: The path shown in diagnostics and recorded in the source map.
    /// - Returns: The organization the spec declares, with its ``Organization/sourceMap`` filled.
    /// - Throws: ``DiagnosticsError`` listing every problem, in file order.
    public static func load(yaml: String, file: String) throws(DiagnosticsError) -> Organization {
        let root = try YAMLParser.parse(yaml, file: file)
        var reader = SpecReader(file: file)
        let organization = reader.read(root)
        guard let organization, reader.diagnostics.isEmpty else {
            throw DiagnosticsError(sorted(reader.diagnostics))
        }
        return organization
    }

    private static func sorted(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.enumerated().sorted { lhs, rhs in
            let left = (lhs.element.location?.line ?? 0, lhs.element.location?.column ?? 0, lhs.offset)
            let right = (rhs.element.location?.line ?? 0, rhs.element.location?.column ?? 0, rhs.offset)
            return left < right
        }.map(\.element)
    }
}

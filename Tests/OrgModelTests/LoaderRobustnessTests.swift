import Foundation
import OrgModel
import Support
import Testing

/// Mangles a valid spec in many small ways: the loader must never crash, and every diagnostic
/// must point inside the file.
@Suite("Loader robustness")
struct LoaderRobustnessTests {
    static let acme = (try? String(contentsOfFile: SpecFixtures.example("acme.yaml"), encoding: .utf8)) ?? ""

    private func checkDiagnostics(of text: String) {
        let lineCount = text.split(separator: "\n", omittingEmptySubsequences: false).count
        do {
            _ = try SpecLoader.load(yaml: text, file: "m.yaml")
        } catch {
            #expect(!error.diagnostics.isEmpty)
            for diagnostic in error.diagnostics {
                let location = diagnostic.location
                #expect(location?.file == "m.yaml")
                #expect((1...max(lineCount, 1)).contains(location?.line ?? 0), "\(diagnostic)")
                #expect((location?.column ?? 0) >= 1, "\(diagnostic)")
                #expect(diagnostic.severity == .error)
            }
        }
    }

    @Test func everyTruncationIsHandled() {
        let characters = Array(Self.acme)
        #expect(characters.count > 1_000)
        for cut in stride(from: 0, to: characters.count, by: 23) {
            checkDiagnostics(of: String(characters[..<cut]))
        }
    }

    @Test func everySingleLineDeletionIsHandled() {
        let lines = Self.acme.split(separator: "\n", omittingEmptySubsequences: false)
        for index in lines.indices {
            var mangled = lines
            mangled.remove(at: index)
            checkDiagnostics(of: mangled.joined(separator: "\n"))
        }
    }

    @Test(arguments: [":", "-", "[", "{", "\"", "'", "&", "*", "!", "\t", "#", "|", "%", "@", "\u{0}"])
    func everyPunctuationSubstitutionIsHandled(replacement: Character) {
        let characters = Array(Self.acme)
        for position in stride(from: 0, to: characters.count, by: 17) {
            var mangled = characters
            mangled[position] = replacement
            checkDiagnostics(of: String(mangled))
        }
    }

    @Test func deletingADeclarationIsReportedWhereItIsUsed() throws {
        let text = Self.acme.replacingOccurrences(of: "    security: [dave]\n", with: "")
        #expect(text != Self.acme)
        let messages = SpecFixtures.errors(text, file: "m.yaml")
        #expect(messages.count == 3)
        #expect(messages.allSatisfy { $0.contains("'security' is not a declared group") })
    }
}

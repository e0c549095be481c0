import Foundation
import Support
import Testing

@Suite struct DiagnosticTests {
    @Test func printsInTheCompilerShape() {
        let diagnostic = Diagnostic(.error, "unknown key 'acounts'", at: SourceLocation(file: "org.yaml", line: 3, column: 5), ruleID: "spec.unknown-key")
        #expect(diagnostic.description == "org.yaml:3:5: error: [spec.unknown-key] unknown key 'acounts'")
        #expect(Diagnostic(.warning, "no location").description == "warning: no location")
    }
}

@Suite struct BoundedMapTests {
    actor Gauge {
        var current = 0
        var peak = 0
        func enter() { current += 1; peak = max(peak, current) }
        func leave() { current -= 1 }
    }

    @Test(arguments: [1, 3, 8])
    func keepsOrderAndBound(limit: Int) async throws {
        let gauge = Gauge()
        let results = try await boundedMap(Array(0..<20), limit: limit) { value in
            await gauge.enter()
            try await Task.sleep(for: .milliseconds(2))
            await gauge.leave()
            return value * 2
        }
        #expect(results == (0..<20).map { $0 * 2 })
        #expect(await gauge.peak <= limit)
    }

    @Test func propagatesErrors() async {
        struct Boom: Error {}
        await #expect(throws: Boom.self) {
            _ = try await boundedMap([1, 2, 3], limit: 2) { value in
                if value == 2 { throw Boom() }
                return value
            }
        }
    }
}

@Suite struct EnvironmentTests {
    @Test func emptyValuesCountAsUnset() {
        let environment = Environment(["A": "", "B": "x"])
        #expect(environment.nonEmpty("A") == nil)
        #expect(environment.nonEmpty("B") == "x")
    }
}

@Suite struct JSONStringLiteralTests {
    @Test(arguments: [
        ("plain", "\"plain\""),
        ("quote \" and \\ back", "\"quote \\\" and \\\\ back\""),
        ("line\nbreak\ttab\r", "\"line\\nbreak\\ttab\\r\""),
        ("\u{01}bell\u{1F}", "\"\\u0001bell\\u001f\""),
        ("ünïcødé ✓", "\"ünïcødé ✓\""),
    ])
    func escapesWhatRFC8259Requires(input: String, expected: String) throws {
        var out = ""
        JSONStringLiteral.append(input, to: &out)
        #expect(out == expected)
        let decoded = try JSONDecoder().decode(String.self, from: Data(out.utf8))
        #expect(decoded == input)
    }
}

import Foundation
import OrgModel
import Testing
import YAML

/// Keeps `schema/organization.schema.json` honest: every example that should load, and the
/// starter spec, must validate against it, and the invalid example must not. The YAML is turned
/// into JSON with our own YAML module; Python's `jsonschema` (test tooling only) validates it.
@Suite("JSON Schema", .serialized)
struct SchemaTests {
    static let schemaPath = SpecFixtures.packageRoot.appendingPathComponent("schema/organization.schema.json").path

    /// Examples that demonstrate load errors; every other `examples/*.yaml` must load and match.
    static let invalidExamples: Set<String> = ["invalid.yaml"]

    static var validExamples: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: SpecFixtures.example(""))) ?? []
        return names.filter { $0.hasSuffix(".yaml") && !invalidExamples.contains($0) }.sorted()
    }

    @Test func theValidExamplesAreFound() {
        #expect(Self.validExamples.contains("acme.yaml"))
        #expect(Self.validExamples.contains("broken.yaml"))
    }

    @Test(arguments: validExamples)
    func validExamplesLoadAndMatchTheSchema(name: String) throws {
        _ = try SpecLoader.load(contentsOf: SpecFixtures.example(name))
        let text = try String(contentsOfFile: SpecFixtures.example(name), encoding: .utf8)
        #expect(try Self.schemaErrors(yaml: text) == [])
    }

    @Test(arguments: [[Framework.soc2, .iso27001], [.hipaa, .pciDSS, .gdpr], []])
    func starterSpecMatchesTheSchema(frameworks: [Framework]) throws {
        #expect(try Self.schemaErrors(yaml: StarterSpec.render(name: "Acme, Inc.", frameworks: frameworks)) == [])
    }

    @Test func invalidExampleFailsTheSchemaToo() throws {
        let text = try String(contentsOfFile: SpecFixtures.example("invalid.yaml"), encoding: .utf8)
        let errors = try Self.schemaErrors(yaml: text)
        #expect(errors.contains { $0.contains("'emial' was unexpected") })
        #expect(errors.contains { $0.contains("'18m' does not match") })
    }

    @Test func schemaIsValidDraft07AndDescribesEveryProperty() throws {
        let output = try Self.python(
            """
            import json, sys, jsonschema
            schema = json.load(open(sys.argv[1]))
            jsonschema.Draft7Validator.check_schema(schema)
            missing = []
            def walk(node, path):
                if isinstance(node, dict):
                    for key, value in node.get("properties", {}).items():
                        if "description" not in value:
                            missing.append(path + "." + key)
                    for key, value in node.items():
                        walk(value, path + "/" + key)
                elif isinstance(node, list):
                    for index, value in enumerate(node):
                        walk(value, path + "[%d]" % index)
            walk(schema, "")
            print("\\n".join(missing))
            """,
            arguments: [Self.schemaPath],
            input: Data()
        )
        #expect(output.trimmingCharacters(in: .whitespacesAndNewlines) == "")
    }

    @Test func yamlBecomesJSONWithTypedScalars() throws {
        let root = try #require(try YAMLParser.parse("a: 1\nb: \"1\"\nc: true\nd: ~\ne: [x, {f: 2.5}]\n", file: "t"))
        let json = try JSONSerialization.data(withJSONObject: Self.json(root), options: [.sortedKeys])
        #expect(String(decoding: json, as: UTF8.self) == #"{"a":1,"b":"1","c":true,"d":null,"e":["x",{"f":2.5}]}"#)
    }

    // MARK: - Helpers

    /// Validation errors for `yaml` against the schema, one message each.
    static func schemaErrors(yaml: String) throws -> [String] {
        let root = try #require(try YAMLParser.parse(yaml, file: "spec.yaml"))
        let json = try JSONSerialization.data(withJSONObject: json(root))
        let output = try python(
            """
            import json, sys, jsonschema
            schema = json.load(open(sys.argv[1]))
            document = json.load(sys.stdin)
            for error in jsonschema.Draft7Validator(schema).iter_errors(document):
                print("/".join(str(p) for p in error.absolute_path) + ": " + error.message)
            """,
            arguments: [schemaPath],
            input: json
        )
        return output.split(separator: "\n").map(String.init)
    }

    static func json(_ node: YAMLNode) -> Any {
        switch node.content {
        case .mapping(let pairs):
            var object: [String: Any] = [:]
            for pair in pairs { object[pair.key.scalar?.value ?? ""] = json(pair.value) }
            return object
        case .sequence(let items):
            return items.map(json)
        case .scalar(let scalar):
            if scalar.isNull { return NSNull() }
            if let bool = scalar.bool { return bool }
            if let int = scalar.int { return int }
            if let double = scalar.double { return double }
            return scalar.value
        }
    }

    static func python(_ script: String, arguments: [String], input: Data) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script] + arguments
        let stdin = Pipe()
        let stdout = Pipe()
        let stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        stdin.fileHandleForWriting.write(input)
        try stdin.fileHandleForWriting.close()
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        let errors = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "python failed: \(String(decoding: errors, as: UTF8.self))")
        return String(decoding: output, as: UTF8.self)
    }
}

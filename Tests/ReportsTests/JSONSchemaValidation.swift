import Foundation

/// Validates a JSON document against a JSON Schema with Python's `jsonschema` (test tooling
/// only), so SARIF outputs are checked against the published 2.1.0 schema.
enum JSONSchemaValidation {
    /// The validator's exit status (0 when valid) and what it printed about each violation.
    static func validate(_ document: String, against schema: URL) throws -> (status: Int32, report: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            "python3", "-c",
            """
            import json, sys, jsonschema
            schema = json.load(open(sys.argv[1]))
            document = json.load(sys.stdin)
            errors = list(jsonschema.validators.validator_for(schema)(schema).iter_errors(document))
            for error in errors: print(list(error.absolute_path), error.message)
            sys.exit(1 if errors else 0)
            """,
            schema.path,
        ]
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = output
        try process.run()
        input.fileHandleForWriting.write(Data(document.utf8))
        try input.fileHandleForWriting.close()
        let report = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, report)
    }
}

import Foundation
import GroundworkCLI
import Support

/// Runs the CLI in-process with captured output, as a person at a terminal would see it.
struct CLIResult {
    var code: Int32
    var stdout: String
    var stderr: String
}

enum CLIRunner {
    static func run(
        _ arguments: [String],
        environment: [String: String] = [:],
        in directory: URL = FileManager.default.temporaryDirectory
    ) async -> CLIResult {
        let out = BufferSink()
        let err = BufferSink()
        var variables = environment
        if variables["HOME"] == nil { variables["HOME"] = directory.path }
        let code = await GroundworkCLI.run(arguments, environment: Environment(variables), stdout: out, stderr: err, workingDirectory: directory)
        return CLIResult(code: code, stdout: out.text, stderr: err.text)
    }

    /// A fresh empty directory for one test.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("groundwork-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// The built `groundwork` executable: beside the test bundle, whatever the build directory.
    static var executable: URL {
        let testBinary = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var directory = testBinary.deletingLastPathComponent()
        if directory.pathExtension == "xctest" { directory = directory.deletingLastPathComponent() }
        let sibling = directory.appendingPathComponent("groundwork")
        if FileManager.default.isExecutableFile(atPath: sibling.path) { return sibling }
        return packageRoot.appendingPathComponent(".build/debug/groundwork")
    }

    /// The package root, for reaching `examples/` and the built executable.
    static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }
}

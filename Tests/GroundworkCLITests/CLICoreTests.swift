import Foundation
import Testing

@Suite struct CLICoreTests {
    @Test func rootHelpListsCommandsAndExitsZero() async {
        let result = await CLIRunner.run(["--help"])
        #expect(result.code == 0)
        #expect(result.stdout.contains("USAGE: groundwork <command> [options]"))
        #expect(result.stdout.contains("COMMANDS:"))
        #expect(result.stderr.isEmpty)
    }

    @Test func noArgumentsShowsHelp() async {
        let result = await CLIRunner.run([])
        #expect(result.code == 0)
        #expect(result.stdout.contains("OVERVIEW:"))
    }

    @Test(arguments: [["--version"], ["version"]])
    func versionPrintsTheVersion(arguments: [String]) async {
        let result = await CLIRunner.run(arguments)
        #expect(result.code == 0)
        #expect(result.stdout.hasPrefix("groundwork "))
    }

    @Test func unknownCommandSuggestsTheClosest() async {
        let result = await CLIRunner.run(["versoin"])
        #expect(result.code == 64)
        #expect(result.stderr.contains("unknown command 'versoin'; did you mean 'version'?"))
        #expect(result.stdout.isEmpty)
    }

    @Test func unknownRootFlagSuggestsTheClosest() async {
        let result = await CLIRunner.run(["--versio"])
        #expect(result.code == 64)
        #expect(result.stderr.contains("did you mean '--version'?"))
    }

    @Test func unknownFlagOnACommandIsRejected() async {
        let result = await CLIRunner.run(["version", "--frobnicate"])
        #expect(result.code == 64)
        #expect(result.stderr.contains("unknown option '--frobnicate'"))
        #expect(result.stderr.contains("usage: groundwork version"))
    }

    @Test func unexpectedPositionalIsRejected() async {
        let result = await CLIRunner.run(["version", "extra"])
        #expect(result.code == 64)
        #expect(result.stderr.contains("unexpected argument 'extra'"))
    }

    @Test func helpForAnUnknownCommandSuggests() async {
        let result = await CLIRunner.run(["help", "versio"])
        #expect(result.code == 64)
        #expect(result.stderr.contains("did you mean 'version'?"))
    }

    @Test func colourOnlyOnATerminalAndNeverWithNoColor() async {
        let result = await CLIRunner.run(["nope"], environment: ["NO_COLOR": "1"])
        #expect(!result.stderr.contains("\u{1B}["))
    }
}

/// Runs the built executable as a subprocess, the way a shell does.
@Suite struct ExecutableSmokeTests {
    @Test func executableRunsAndReportsUsageErrors() throws {
        let binary = CLIRunner.executable
        try #require(FileManager.default.isExecutableFile(atPath: binary.path), "build the package first (swift build)")
        for (arguments, expected) in [(["--version"], Int32(0)), (["bogus-command"], Int32(64))] {
            let process = Process()
            process.executableURL = binary
            process.arguments = arguments
            let out = Pipe()
            let err = Pipe()
            process.standardOutput = out
            process.standardError = err
            try process.run()
            process.waitUntilExit()
            #expect(process.terminationStatus == expected, "\(arguments)")
            if expected == 0 {
                let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
                #expect(text.hasPrefix("groundwork "))
            }
        }
    }
}

import AWSSigner
import Foundation

/// Credentials printed by a profile's `credential_process` command (JSON, `Version: 1`).
///
/// The command line is split like a shell would for plain words and quoted strings, then run
/// directly (no shell). Its standard error passes through to ours so the user sees prompts and
/// failures; its output is never printed.
///
/// Related AWS documentation: https://docs.aws.amazon.com/sdkref/latest/guide/feature-process-credentials.html
public struct ProcessCredentialProvider: CredentialProvider {
    public let command: String
    public let profile: String

    public init(command: String, profile: String) {
        self.command = command
        self.profile = profile
    }

    struct Output: Decodable {
        var version: Int
        var accessKeyId: String
        var secretAccessKey: String
        var sessionToken: String?
        var expiration: String?
    }

    public func resolve() async throws -> ResolvedCredentials {
        let arguments = Self.split(command)
        guard let executable = arguments.first else {
            throw AWSClientError(.configuration, "credential_process of profile '\(profile)' is empty")
        }
        let data = try await Self.run(arguments, profile: profile, executable: executable)
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .custom { path in
            MemberName(wire: MemberName.propertyName(path.last?.stringValue ?? ""))
        }
        let output: Output
        do {
            output = try decoder.decode(Output.self, from: data)
        } catch {
            throw AWSClientError(
                .credentials,
                "credential_process of profile '\(profile)' printed something other than the credential JSON "
                    + "(Version, AccessKeyId, SecretAccessKey, SessionToken, Expiration)"
            )
        }
        guard output.version == 1 else {
            throw AWSClientError(
                .credentials,
                "credential_process of profile '\(profile)' printed Version \(output.version); only Version 1 is defined"
            )
        }
        var expiration: Date?
        if let text = output.expiration {
            guard let date = XMLTreeDecoder.parseDate(text) else {
                throw AWSClientError(
                    .credentials,
                    "credential_process of profile '\(profile)' printed Expiration '\(text)', which is not an ISO 8601 time"
                )
            }
            expiration = date
        }
        return ResolvedCredentials(
            AWSCredentials(
                accessKeyID: output.accessKeyId,
                secretAccessKey: output.secretAccessKey,
                sessionToken: output.sessionToken,
                expiration: expiration
            ),
            source: .process(profile: profile)
        )
    }

    private static func run(_ arguments: [String], profile: String, executable: String) async throws -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        let stdout = Pipe()
        process.standardOutput = stdout
        process.standardInput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw AWSClientError(
                .credentials,
                "cannot run credential_process '\(executable)' of profile '\(profile)': \(error.localizedDescription)"
            )
        }
        // Blocking reads and waits run off the cooperative pool.
        let (data, status) = await Task.detached {
            let data = stdout.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return (data, process.terminationStatus)
        }.value
        guard status == 0 else {
            throw AWSClientError(
                .credentials,
                "credential_process '\(executable)' of profile '\(profile)' exited with status \(status)"
            )
        }
        return data
    }

    /// Splits a command line into words, honouring single and double quotes and backslashes.
    static func split(_ line: String) -> [String] {
        var words: [String] = []
        var current = ""
        var inWord = false
        var quote: Character?
        var escaped = false
        for character in line {
            if escaped {
                current.append(character)
                escaped = false
            } else if character == "\\" && quote != "'" {
                escaped = true
                inWord = true
            } else if let open = quote {
                if character == open { quote = nil } else { current.append(character) }
            } else if character == "\"" || character == "'" {
                quote = character
                inWord = true
            } else if character.isWhitespace {
                if inWord { words.append(current) }
                current = ""
                inWord = false
            } else {
                current.append(character)
                inWord = true
            }
        }
        if inWord { words.append(current) }
        return words
    }
}

import AWS
import AWSSigner
import Foundation
import GroundworkCLI
import Support
import TestSupport

/// A moto organization, a directory holding a spec, and two ways to look at the result: the
/// `groundwork` CLI (in-process or as a subprocess) and `awscli` (never our own reader).
///
/// Moto 5.2 departures from AWS these tests live with:
/// - `CreateAccount` finishes at once, so the asynchronous path (IN_PROGRESS, polling) is covered
///   by unit tests, not here; the request id is still journaled.
/// - Assuming `OrganizationAccountAccessRole` in a member account succeeds without the role
///   existing; under IAM enforcement that session has no permissions, so the enforcement test's
///   spec leaves the archive (which lives in a member account) out.
/// - Object Lock answers carry both `Days: 0` and `Years: n`.
/// - SCPs are stored and attached but never enforced, so applying after `protect-audit-log` is
///   attached cannot show the ordering constraint; the plan's dependency order is tested instead.
struct PlanApplyHarness: Sendable {
    let server: MotoServer
    let directory: URL
    var credentials = AWSCredentials(accessKeyID: "AKIDGROUNDWORKTEST", secretAccessKey: "groundwork-test-secret")
    var endpoint: URL

    static let region = "eu-central-1"

    static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
    }

    static var exampleSpec: String {
        (try? String(contentsOf: packageRoot.appendingPathComponent("examples/acme.yaml"), encoding: .utf8)) ?? ""
    }

    /// Starts moto, creates an empty organization, writes `spec` as `organization.yaml`, runs
    /// `body`, and stops moto.
    static func run<T: Sendable>(
        spec: String = exampleSpec, options: MotoServer.Options = .init(),
        _ body: (inout PlanApplyHarness) async throws -> T
    ) async throws -> T {
        try await MotoServer.run(options) { server in
            let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
                "groundwork-planapply-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: directory) }
            var harness = PlanApplyHarness(server: server, directory: directory, endpoint: server.endpoint)
            if options.initialNoAuthActionCount != nil {
                harness.credentials = try await server.bootstrapAdministrator()
            }
            _ = try harness.aws(["organizations", "create-organization", "--feature-set", "ALL"])
            try harness.write(spec)
            return try await body(&harness)
        }
    }

    func write(_ spec: String) throws {
        try spec.write(to: directory.appendingPathComponent("organization.yaml"), atomically: true, encoding: .utf8)
    }

    var environment: [String: String] {
        [
            "HOME": directory.path,
            "AWS_ACCESS_KEY_ID": credentials.accessKeyID,
            "AWS_SECRET_ACCESS_KEY": credentials.secretAccessKey,
            "AWS_ENDPOINT_URL": endpoint.absoluteString,
            "AWS_CONFIG_FILE": directory.appendingPathComponent("no-config").path,
            "AWS_SHARED_CREDENTIALS_FILE": directory.appendingPathComponent("no-credentials").path,
        ]
    }

    /// Runs `groundwork` in-process.
    func groundwork(
        _ arguments: [String], environment extra: [String: String] = [:], input: LineInput = .none
    ) async -> (code: Int32, out: String, err: String) {
        let out = BufferSink()
        let err = BufferSink()
        let code = await GroundworkCLI.run(
            arguments, environment: Environment(environment.merging(extra) { _, new in new }), stdout: out, stderr: err,
            workingDirectory: directory, input: input)
        return (code, out.text, err.text)
    }

    /// Runs `aws <arguments> --output json` against moto and parses the answer.
    @discardableResult
    func aws(_ arguments: [String], credentials: AWSCredentials? = nil, sessionToken: String? = nil) throws -> [String:
        Any]
    {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments =
            ["aws"] + arguments + [
                "--endpoint-url", server.endpoint.absoluteString, "--region", Self.region, "--output", "json",
            ]
        let identity = credentials ?? self.credentials
        var env = ProcessInfo.processInfo.environment
        for name in env.keys where name.hasPrefix("AWS_") { env[name] = nil }
        env["AWS_ACCESS_KEY_ID"] = identity.accessKeyID
        env["AWS_SECRET_ACCESS_KEY"] = identity.secretAccessKey
        env["AWS_SESSION_TOKEN"] = sessionToken
        env["AWS_CONFIG_FILE"] = "/dev/null"
        env["AWS_SHARED_CREDENTIALS_FILE"] = "/dev/null"
        process.environment = env
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        let errors = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw AWSCLIError(
                description: "aws \(arguments.joined(separator: " ")): \(String(decoding: errors, as: UTF8.self))")
        }
        if data.isEmpty { return [:] }
        return (try JSONSerialization.jsonObject(with: data) as? [String: Any]) ?? [:]
    }

    /// `aws` inside a member account, through `OrganizationAccountAccessRole`.
    func awsInAccount(_ accountID: String, _ arguments: [String]) throws -> [String: Any] {
        let assumed = try aws([
            "sts", "assume-role", "--role-arn", "arn:aws:iam::\(accountID):role/OrganizationAccountAccessRole",
            "--role-session-name", "groundwork-test",
        ])
        let values = assumed["Credentials"] as? [String: Any] ?? [:]
        return try aws(
            arguments,
            credentials: AWSCredentials(
                accessKeyID: values["AccessKeyId"] as? String ?? "",
                secretAccessKey: values["SecretAccessKey"] as? String ?? ""),
            sessionToken: values["SessionToken"] as? String)
    }

    // MARK: Reading the organization through awscli

    var rootID: String {
        get throws {
            ((try aws(["organizations", "list-roots"])["Roots"] as? [[String: Any]])?.first?["Id"] as? String) ?? ""
        }
    }

    func units(under parent: String) throws -> [String: String] {
        let list =
            try aws(["organizations", "list-organizational-units-for-parent", "--parent-id", parent])[
                "OrganizationalUnits"]
            as? [[String: Any]] ?? []
        return Dictionary(
            list.map { ($0["Name"] as? String ?? "", $0["Id"] as? String ?? "") }, uniquingKeysWith: { a, _ in a })
    }

    func accountNames(under parent: String) throws -> Set<String> {
        let list =
            try aws(["organizations", "list-accounts-for-parent", "--parent-id", parent])["Accounts"]
            as? [[String: Any]] ?? []
        return Set(list.compactMap { $0["Name"] as? String })
    }

    func accounts() throws -> [[String: Any]] {
        try aws(["organizations", "list-accounts"])["Accounts"] as? [[String: Any]] ?? []
    }

    func accountID(_ name: String) throws -> String {
        try accounts().first { $0["Name"] as? String == name }?["Id"] as? String ?? ""
    }

    /// The unit path → id map of the whole tree.
    func unitTree() throws -> [String: String] {
        var result: [String: String] = [:]
        var queue: [(String, String?)] = [(try rootID, nil)]
        while let (id, path) = queue.popLast() {
            for (name, child) in try units(under: id) {
                let childPath = path.map { "\($0)/\(name)" } ?? name
                result[childPath] = child
                queue.append((child, childPath))
            }
        }
        return result
    }
}

struct AWSCLIError: Error, CustomStringConvertible {
    var description: String
}

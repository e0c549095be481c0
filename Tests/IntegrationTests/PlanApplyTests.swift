import AWS
import AWSSigner
import Foundation
import GroundworkCLI
import TestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// `groundwork plan` and `apply` against moto, checked through `awscli`.
@Suite(.serialized) struct PlanApplyTests {
    @Test func applyBuildsTheExampleOrganizationAndASecondPlanIsEmpty() async throws {
        try await PlanApplyHarness.run { harness in
            let apply = await harness.groundwork(["apply", "--yes"])
            #expect(apply.code == 0, "\(apply.err)\n\(apply.out)")
            #expect(apply.out.contains("Apply complete"))

            // OU tree and accounts in the right units.
            let tree = try harness.unitTree()
            #expect(Set(tree.keys) == ["Security", "Workloads", "Workloads/Production", "Workloads/NonProduction"])
            #expect(try harness.accountNames(under: try #require(tree["Security"])) == ["log-archive", "audit"])
            #expect(try harness.accountNames(under: try #require(tree["Workloads/Production"])) == ["prod"])
            #expect(
                try harness.accountNames(under: try #require(tree["Workloads/NonProduction"])) == ["staging", "dev"])

            // SCPs attached at the root, with the guardrails' statements.
            let attached =
                try harness.aws([
                    "organizations", "list-policies-for-target", "--target-id", try harness.rootID,
                    "--filter", "SERVICE_CONTROL_POLICY",
                ])["Policies"] as? [[String: Any]] ?? []
            let names = Set(attached.compactMap { $0["Name"] as? String })
            #expect(names.isSuperset(of: ["groundwork-guardrails-1", "groundwork-revocation-1"]))
            let guardrailsID = try #require(
                attached.first { $0["Name"] as? String == "groundwork-guardrails-1" }?["Id"] as? String)
            let described = try harness.aws(["organizations", "describe-policy", "--policy-id", guardrailsID])
            let content = ((described["Policy"] as? [String: Any])?["Content"] as? String) ?? ""
            let document = try JSONSerialization.jsonObject(with: Data(content.utf8)) as? [String: Any] ?? [:]
            let sids = Set((document["Statement"] as? [[String: Any]] ?? []).compactMap { $0["Sid"] as? String })
            for prefix in [
                "ProtectAuditLog", "DenyLeaveOrganization", "DenyRootUser", "RestrictRegions", "DenyLocalUsers",
            ] {
                #expect(sids.contains { $0.hasPrefix(prefix) }, "no \(prefix) statement in \(sids)")
            }

            // Permission sets and assignments.
            let instance = try harness.aws(["sso-admin", "list-instances"])["Instances"] as? [[String: Any]] ?? []
            let instanceARN = try #require(instance.first?["InstanceArn"] as? String)
            let storeID = try #require(instance.first?["IdentityStoreId"] as? String)
            let setARNs =
                try harness.aws(["sso-admin", "list-permission-sets", "--instance-arn", instanceARN])["PermissionSets"]
                as? [String] ?? []
            var sets: [String: [String: Any]] = [:]
            for arn in setARNs {
                let set =
                    try harness.aws([
                        "sso-admin", "describe-permission-set", "--instance-arn", instanceARN,
                        "--permission-set-arn", arn,
                    ])["PermissionSet"] as? [String: Any] ?? [:]
                sets[set["Name"] as? String ?? ""] = set
            }
            #expect(Set(sets.keys) == ["admin", "developer", "observer", "security-audit"])
            #expect(sets["developer"]?["SessionDuration"] as? String == "PT8H")
            let observerARN = try #require(sets["observer"]?["PermissionSetArn"] as? String)
            let inline =
                try harness.aws([
                    "sso-admin", "get-inline-policy-for-permission-set", "--instance-arn", instanceARN,
                    "--permission-set-arn", observerARN,
                ])["InlinePolicy"] as? String ?? ""
            #expect(inline.contains("DenyDataPlaneReads"))
            let groups =
                try harness.aws(["identitystore", "list-groups", "--identity-store-id", storeID])["Groups"]
                as? [[String: Any]] ?? []
            let engineers = try #require(
                groups.first { $0["DisplayName"] as? String == "engineers" }?["GroupId"] as? String)
            let prodAssignments =
                try harness.aws([
                    "sso-admin", "list-account-assignments", "--instance-arn", instanceARN,
                    "--account-id", try harness.accountID("prod"), "--permission-set-arn", observerARN,
                ])["AccountAssignments"]
                as? [[String: Any]] ?? []
            #expect(prodAssignments.map { $0["PrincipalId"] as? String } == [engineers])

            // The trail and the archive bucket's Object Lock.
            let trails = try harness.aws(["cloudtrail", "describe-trails"])["trailList"] as? [[String: Any]] ?? []
            let trail = try #require(trails.first { $0["Name"] as? String == "groundwork-organization-trail" })
            #expect(trail["IsMultiRegionTrail"] as? Bool == true)
            #expect(trail["LogFileValidationEnabled"] as? Bool == true)
            #expect(trail["IsOrganizationTrail"] as? Bool == true)
            let logArchive = try harness.accountID("log-archive")
            #expect(trail["S3BucketName"] as? String == "acme-audit-log-\(logArchive)")
            let lock = try harness.awsInAccount(
                logArchive, ["s3api", "get-object-lock-configuration", "--bucket", "acme-audit-log-\(logArchive)"])
            let retention =
                ((lock["ObjectLockConfiguration"] as? [String: Any])?["Rule"] as? [String: Any])?["DefaultRetention"]
                as? [String: Any]
            #expect(retention?["Mode"] as? String == "COMPLIANCE")
            #expect(retention?["Years"] as? Int == 7)

            let again = await harness.groundwork(["plan", "--detailed-exitcode"])
            #expect(again.code == 0, "\(again.err)\n\(again.out)")
            #expect(again.out.contains("No changes"))
            #expect(
                again.out.contains("Compliance: no findings now"),
                "the converged organization passes check: \(again.out)")
        }
    }

    @Test func editingTheSpecPlansExactlyThoseChanges() async throws {
        try await PlanApplyHarness.run { harness in
            #expect(await harness.groundwork(["apply", "--yes"]).code == 0)
            var spec = PlanApplyHarness.exampleSpec
            spec = spec.replacingOccurrences(
                of: "  dev:     { email: aws-dev@acme.example,",
                with:
                    "  qa:      { email: aws-qa@acme.example, unit: Workloads/NonProduction, stage: testing }\n  dev:     { email: aws-dev@acme.example,"
            )
            spec = spec.replacingOccurrences(
                of: "unit: Workloads/NonProduction, stage: staging", with: "unit: Workloads/Production, stage: staging")
            spec = spec.replacingOccurrences(
                of: "[PowerUserAccess], session: 8h", with: "[PowerUserAccess], session: 4h")
            spec = spec.replacingOccurrences(
                of: "  access:\n",
                with: "  access:\n    - { group: security,        profile: observer,       accounts: [dev] }\n")
            try harness.write(spec)

            let plan = await harness.groundwork(["plan", "--out", "plan.json", "--detailed-exitcode"])
            #expect(plan.code == 1, "\(plan.err)")
            let saved =
                try JSONSerialization.jsonObject(
                    with: Data(contentsOf: harness.directory.appendingPathComponent("plan.json")))
                as? [String: Any] ?? [:]
            let steps = Set((saved["steps"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String })
            #expect(
                steps == [
                    "create account.qa",
                    "move account.staging",
                    "update profile.developer",
                    "create assignment.security/observer/dev",
                    // The security group's grant on the Workloads unit covers the new account too.
                    "create assignment.security/security-audit/qa",
                ])

            let apply = await harness.groundwork(["apply", "--plan", "plan.json", "--yes"])
            #expect(apply.code == 0, "\(apply.err)\n\(apply.out)")
            let tree = try harness.unitTree()
            #expect(try harness.accountNames(under: try #require(tree["Workloads/Production"])) == ["prod", "staging"])
            #expect(try harness.accountNames(under: try #require(tree["Workloads/NonProduction"])) == ["qa", "dev"])
            let stale = await harness.groundwork(["apply", "--plan", "plan.json", "--yes"])
            #expect(stale.code == 2)
            #expect(stale.err.contains("has changed since plan"))
            #expect(await harness.groundwork(["plan", "--detailed-exitcode"]).code == 0)
        }
    }

    @Test func pruneOffboardsAPersonTheSpecNoLongerNames() async throws {
        try await PlanApplyHarness.run { harness in
            #expect(await harness.groundwork(["apply", "--yes"]).code == 0)
            let spec = PlanApplyHarness.exampleSpec
                .replacingOccurrences(of: "  bob:   { email: bob@acme.example }\n", with: "")
                .replacingOccurrences(of: "    engineers: [bob]", with: "    engineers: []")
            try harness.write(spec)

            let kept = await harness.groundwork(["plan"])
            #expect(kept.out.contains("unmanaged"), "without --prune bob is only listed: \(kept.out)")
            #expect(kept.out.contains("No changes; 2 unmanaged."))
            let plan = await harness.groundwork(["plan", "--prune", "--out", "prune.json"])
            #expect(plan.code == 0)
            let saved =
                try JSONSerialization.jsonObject(
                    with: Data(contentsOf: harness.directory.appendingPathComponent("prune.json")))
                as? [String: Any] ?? [:]
            let steps = (saved["steps"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
            #expect(steps == ["delete membership.engineers/bob", "delete person.bob"])

            let apply = await harness.groundwork(["apply", "--plan", "prune.json", "--yes"])
            #expect(apply.code == 0, "\(apply.err)\n\(apply.out)")
            let instance = try harness.aws(["sso-admin", "list-instances"])["Instances"] as? [[String: Any]] ?? []
            let storeID = try #require(instance.first?["IdentityStoreId"] as? String)
            let users =
                try harness.aws(["identitystore", "list-users", "--identity-store-id", storeID])["Users"]
                as? [[String: Any]] ?? []
            #expect(Set(users.compactMap { $0["UserName"] as? String }) == ["alice", "dave"])
            #expect(await harness.groundwork(["plan", "--prune", "--detailed-exitcode"]).code == 0)
        }
    }

    @Test func anApplyKilledMidwayConvergesWithoutDuplicates() async throws {
        try await PlanApplyHarness.run { harness in
            // Stage 1: a real process, killed with SIGKILL after a few changes.
            let process = Process()
            process.executableURL = Self.executable
            process.arguments = ["apply", "--yes", "--parallel", "2"]
            process.environment = harness.environment
            process.currentDirectoryURL = harness.directory
            let stderr = Pipe()
            process.standardError = stderr
            process.standardOutput = FileHandle.nullDevice
            try process.run()
            var seen = ""
            while seen.components(separatedBy: ": done").count - 1 < 12 {
                let chunk = stderr.fileHandleForReading.availableData
                if chunk.isEmpty { break }
                seen += String(decoding: chunk, as: UTF8.self)
            }
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            #expect(
                process.terminationReason == .uncaughtSignal, "the apply finished before it could be killed:\n\(seen)")

            // Stage 2: run again; it plans from live state and finishes.
            let resumed = await harness.groundwork(["apply", "--yes"])
            #expect(resumed.code == 0, "\(resumed.err)\n\(resumed.out)")
            #expect(!resumed.out.contains("+ unit Security"), "the resumed run repeated a change the first run made")

            let accounts = try harness.accounts().compactMap { $0["Name"] as? String }
            #expect(accounts.count == Set(accounts).count, "duplicate accounts: \(accounts.sorted())")
            #expect(accounts.count == 6)
            let policies =
                try harness.aws(["organizations", "list-policies", "--filter", "SERVICE_CONTROL_POLICY"])["Policies"]
                as? [[String: Any]] ?? []
            let policyNames = policies.compactMap { $0["Name"] as? String }
            #expect(policyNames.count == Set(policyNames).count)
            #expect(try harness.unitTree().count == 4)
            #expect(await harness.groundwork(["plan", "--detailed-exitcode"]).code == 0)
        }
    }

    @Test func applyThroughTwentyPercentTransientFaultsConverges() async throws {
        try await PlanApplyHarness.run { harness in
            let proxy = try FaultInjectingProxy(
                upstreamPort: harness.server.port,
                configuration: .init(
                    rate: 0.2, faults: [.throttle, .tooManyRequests, .serverError, .connectionReset], seed: 42))
            defer { proxy.stop() }
            harness.endpoint = proxy.endpoint
            var runs = 0
            var last = (code: Int32(-1), out: "", err: "")
            // Retries absorb nearly every fault; a step that still fails is finished by the next run.
            while runs < 3 && last.code != 0 {
                last = await harness.groundwork(["apply", "--yes"])
                runs += 1
            }
            #expect(last.code == 0, "\(last.err)\n\(last.out)")
            #expect(
                proxy.counts.totalInjected > 20, "the proxy injected too few faults to prove anything: \(proxy.counts)")
            let accounts = try harness.accounts().compactMap { $0["Name"] as? String }
            #expect(accounts.count == 6 && Set(accounts).count == 6)
            #expect(try harness.unitTree().count == 4)
            let plan = await harness.groundwork(["plan", "--detailed-exitcode"])
            #expect(plan.code == 0, "\(plan.err)\n\(plan.out)")
        }
    }

    @Test func planNeedsOnlyThePlanPolicyUnderIAMEnforcement() async throws {
        // The archive lives in a member account, which moto's assumed sessions cannot read under
        // enforcement (see PlanApplyHarness), so this spec declares none.
        let spec = PlanApplyHarness.exampleSpec.replacingOccurrences(of: "  archive: log-archive\n", with: "")
        try await PlanApplyHarness.run(
            spec: spec, options: .init(initialNoAuthActionCount: MotoServer.bootstrapActionCount)
        ) { harness in
            let apply = await harness.groundwork(["apply", "--yes"])
            #expect(apply.code == 0, "\(apply.err)\n\(apply.out)")

            let policy = try String(
                contentsOf: PlanApplyHarness.packageRoot.appendingPathComponent("docs/iam/plan-policy.json"),
                encoding: .utf8)
            try harness.aws(["iam", "create-user", "--user-name", "planner"])
            try harness.aws([
                "iam", "put-user-policy", "--user-name", "planner", "--policy-name", "plan", "--policy-document",
                policy,
            ])
            let key =
                try harness.aws(["iam", "create-access-key", "--user-name", "planner"])["AccessKey"] as? [String: Any]
                ?? [:]
            var reader = harness
            reader.credentials = .init(
                accessKeyID: key["AccessKeyId"] as? String ?? "",
                secretAccessKey: key["SecretAccessKey"] as? String ?? "")

            let plan = await reader.groundwork(["plan", "--detailed-exitcode"])
            #expect(plan.code == 0, "\(plan.err)\n\(plan.out)")
            #expect(plan.out.contains("No changes"))

            // The same credentials cannot change anything.
            var spec = spec
            spec += "\n"
            spec = spec.replacingOccurrences(of: "  Security: {}\n", with: "  Security: {}\n  Sandbox: {}\n")
            try harness.write(spec)
            let refused = await reader.groundwork(["apply", "--yes"])
            #expect(refused.code == 2)
            #expect(try harness.unitTree()["Sandbox"] == nil)
        }
    }

    @Test func applyAsksFirstAndRefusesWithoutATerminal() async throws {
        try await PlanApplyHarness.run { harness in
            let unattended = await harness.groundwork(["apply"])
            #expect(unattended.code == 2)
            #expect(unattended.err.contains("pass --yes"))
            #expect(try harness.unitTree().isEmpty, "nothing may change without confirmation")

            let declined = await harness.groundwork(["apply"], input: LineInput(isInteractive: true) { "no" })
            #expect(declined.code == 1)
            #expect(declined.err.contains("Apply these"))
            #expect(try harness.unitTree().isEmpty)

            let confirmed = await harness.groundwork(["apply"], input: LineInput(isInteractive: true) { "yes" })
            #expect(confirmed.code == 0, "\(confirmed.err)")
            #expect(try harness.unitTree().count == 4)
            let journals = try FileManager.default.contentsOfDirectory(
                atPath: harness.directory.appendingPathComponent(".groundwork").path)
            #expect(journals.count == 1 && journals[0].hasPrefix("journal-") && journals[0].hasSuffix(".jsonl"))
        }
    }

    static var executable: URL {
        let testBinary = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var directory = testBinary.deletingLastPathComponent()
        if directory.pathExtension == "xctest" { directory = directory.deletingLastPathComponent() }
        let sibling = directory.appendingPathComponent("groundwork")
        if FileManager.default.isExecutableFile(atPath: sibling.path) { return sibling }
        return PlanApplyHarness.packageRoot.appendingPathComponent(".build/debug/groundwork")
    }
}

import AWS
import AWSSigner
import Foundation
import GroundworkCLI
import Testing
import TestSupport

/// `groundwork audit` against moto: an organization built by `groundwork apply` audits clean
/// (apart from MANUAL), then each violation made by hand through `awscli` is found by its check.
///
/// Moto 5.2 departures these tests live with (besides those in `PlanApplyHarness`):
/// - `GetAccountSummary` answers `AccountMFAEnabled: 0` for every account and there is no API to
///   enable root MFA, so `sso.root-mfa` FAILs on moto; the clean test accepts exactly that FAIL.
/// - Moto seeds an Identity Center instance in every account backend (`ssoadmin/models.py`,
///   `self.instances.append(Instance(...))` in the backend's `__init__`), so every member account
///   appears to run its own instance and `sso.account-identity-center` FAILs for each on moto.
@Suite(.serialized) struct AuditTests {
    /// Runs `audit --format json` and returns the OCSF findings as (check id, status, message).
    static func audit(
        _ harness: PlanApplyHarness, _ extra: [String] = []
    ) async throws -> (code: Int32, findings: [(check: String, status: String, message: String)], err: String) {
        let run = await harness.groundwork(["audit", "--spec", "organization.yaml", "--format", "json"] + extra)
        let data = Data(run.out.utf8)
        let list = (try? JSONSerialization.jsonObject(with: data) as? [[String: Any]]) ?? []
        let findings = list.map { finding -> (String, String, String) in
            let compliance = finding["compliance"] as? [String: Any] ?? [:]
            let control = compliance["control"] as? String ?? ""
            let status = compliance["status_code"] as? String ?? ""
            return (control, status, finding["message"] as? String ?? "")
        }
        return (run.code, findings, run.err + (list.isEmpty ? "\nstdout: \(run.out.prefix(2000))" : ""))
    }

    static func failures(_ findings: [(check: String, status: String, message: String)]) -> [String] {
        findings.filter { $0.status.lowercased() == "fail" }.map { "\($0.check): \($0.message)" }
    }

    /// FAILs moto cannot avoid (see the type's comment).
    static func motoDeparture(_ failure: String) -> Bool {
        failure.hasPrefix("sso.root-mfa:") || failure.hasPrefix("sso.account-identity-center:")
    }

    @Test func anAppliedOrganizationAuditsCleanApartFromManualAndMotoRootMFA() async throws {
        try await PlanApplyHarness.run { harness in
            let apply = await harness.groundwork(["apply", "--yes"])
            try #require(apply.code == 0, "\(apply.err)\n\(apply.out)")
            let result = try await Self.audit(harness)
            let fails = Self.failures(result.findings).filter { !Self.motoDeparture($0) }
            #expect(fails.isEmpty, "\(fails.joined(separator: "\n"))\n\(result.err)")
            #expect(!result.findings.contains { $0.status.lowercased() == "error" }, "\(result.findings.filter { $0.status.lowercased() == "error" })")
            #expect(result.findings.contains { $0.check == "sso.identity-center-mfa" && $0.status.lowercased() == "manual" })
            #expect(result.findings.contains { $0.check == "audit-log.trail-logging" && $0.status.lowercased() == "pass" })
        }
    }

    @Test func eachViolationMadeByHandIsFoundByItsCheck() async throws {
        try await PlanApplyHarness.run { harness in
            let apply = await harness.groundwork(["apply", "--yes"])
            try #require(apply.code == 0, "\(apply.err)\n\(apply.out)")
            let prod = try harness.accountID("prod")
            let dev = try harness.accountID("dev")
            let archive = try harness.accountID("log-archive")

            // Each violation, then the new FAILs it brings (apart from moto's own).
            var known = Set(Self.failures(try await Self.audit(harness).findings))
            func newFailures() async throws -> [String] {
                let result = try await Self.audit(harness)
                #expect(result.code == 1, "\(result.err)")
                let now = Self.failures(result.findings)
                defer { known = Set(now) }
                return now.filter { !known.contains($0) && !Self.motoDeparture($0) }
            }

            try harness.aws(["cloudtrail", "stop-logging", "--name", "groundwork-organization-trail"])
            var found = try await newFailures()
            #expect(found.contains { $0.hasPrefix("audit-log.trail-logging:") && $0.contains("not logging") }, "\(found)")

            let root = try harness.rootID
            let attached = try harness.aws(["organizations", "list-policies-for-target", "--target-id", root,
                "--filter", "SERVICE_CONTROL_POLICY"])["Policies"] as? [[String: Any]] ?? []
            let guardrails = try #require(attached.first { $0["Name"] as? String == "groundwork-guardrails-1" }?["Id"] as? String)
            try harness.aws(["organizations", "detach-policy", "--policy-id", guardrails, "--target-id", root])
            found = try await newFailures()
            #expect(found.contains { $0.hasPrefix("audit-log.protect-scp-attached:") }, "\(found)")

            _ = try harness.awsInAccount(prod, ["iam", "create-user", "--user-name", "mallory"])
            _ = try harness.awsInAccount(prod, ["iam", "create-access-key", "--user-name", "mallory"])
            found = try await newFailures()
            #expect(found.contains { $0.hasPrefix("sso.shadow-iam-users:") && $0.contains("'mallory'") && $0.contains("'prod'") }, "\(found)")

            let trust = #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::\#(dev):root"},"Action":"sts:AssumeRole"}]}"#
            _ = try harness.awsInAccount(prod, ["iam", "create-role", "--role-name", "from-dev", "--assume-role-policy-document", trust])
            found = try await newFailures()
            #expect(found.contains { $0.hasPrefix("isolation.cross-stage-trust:") && $0.contains("'from-dev'") && $0.contains("'dev'") }, "\(found)")

            // An extra admin: engineers get the admin permission set in prod, outside the spec.
            let instance = try #require(
                (harness.aws(["sso-admin", "list-instances"])["Instances"] as? [[String: Any]])?.first)
            let instanceARN = try #require(instance["InstanceArn"] as? String)
            let store = try #require(instance["IdentityStoreId"] as? String)
            let sets = try harness.aws(["sso-admin", "list-permission-sets", "--instance-arn", instanceARN])["PermissionSets"] as? [String] ?? []
            let admin = try #require(try sets.first { arn in
                let set = try harness.aws(["sso-admin", "describe-permission-set", "--instance-arn", instanceARN, "--permission-set-arn", arn])
                return (set["PermissionSet"] as? [String: Any])?["Name"] as? String == "admin"
            })
            let groups = try harness.aws(["identitystore", "list-groups", "--identity-store-id", store])["Groups"] as? [[String: Any]] ?? []
            let engineers = try #require(groups.first { $0["DisplayName"] as? String == "engineers" }?["GroupId"] as? String)
            try harness.aws(["sso-admin", "create-account-assignment", "--instance-arn", instanceARN, "--target-id", prod,
                "--target-type", "AWS_ACCOUNT", "--permission-set-arn", admin, "--principal-type", "GROUP", "--principal-id", engineers])
            found = try await newFailures()
            #expect(found.contains { $0.hasPrefix("drift.spec:") && $0.contains("assignment.engineers/admin/prod") }, "\(found)")

            // A bucket without Object Lock: a new bucket in the log-archive account, the trail pointed at it.
            let bucket = "acme-unlocked-\(archive)"
            _ = try harness.awsInAccount(archive, ["s3api", "create-bucket", "--bucket", bucket,
                "--create-bucket-configuration", "LocationConstraint=\(PlanApplyHarness.region)"])
            try harness.aws(["cloudtrail", "update-trail", "--name", "groundwork-organization-trail", "--s3-bucket-name", bucket])
            found = try await newFailures()
            #expect(found.contains { $0.hasPrefix("audit-log.archive-object-lock:") && $0.contains(bucket) && $0.contains("no Object Lock") }, "\(found)")
        }
    }

    @Test func reportAndSignedEvidenceAreWrittenAndVerify() async throws {
        try await PlanApplyHarness.run { harness in
            let apply = await harness.groundwork(["apply", "--yes"])
            try #require(apply.code == 0, "\(apply.err)\n\(apply.out)")
            let run = await harness.groundwork(["audit", "--spec", "organization.yaml", "--report", "report", "--evidence", "evidence"])
            #expect(run.code == 1, "\(run.err)")  // moto's root MFA and account instances FAIL
            let html = try String(contentsOf: harness.directory.appendingPathComponent("report/index.html"), encoding: .utf8)
            #expect(html.contains("<svg") && html.contains("audit-log.trail-logging"))
            #expect(!html.contains("http://") || !html.contains("<script src="))
            let manifest = try Data(contentsOf: harness.directory.appendingPathComponent("evidence/manifest.json"))
            let object = try #require(try JSONSerialization.jsonObject(with: manifest) as? [String: Any])
            #expect(object.description.contains("GetAccountSummary"))
            let items = try FileManager.default.contentsOfDirectory(atPath: harness.directory.appendingPathComponent("evidence/items").path)
            #expect(items.contains { $0.hasPrefix("cloudtrail.GetTrailStatus.") })
            #expect(items.contains { $0.hasPrefix("iam.ListUsers.") })
            #expect(!items.contains { $0.hasPrefix("sts.AssumeRole.") })

            // An auditor re-checks it; changing one answer breaks it.
            let intact = await harness.groundwork(["evidence", "verify", "evidence"])
            #expect(intact.code == 0, "\(intact.err)")
            #expect(intact.out.contains("intact"))
            let item = try #require(items.first { $0.hasPrefix("iam.ListUsers.") })
            let url = harness.directory.appendingPathComponent("evidence/items/\(item)")
            try Data("<forged/>".utf8).write(to: url)
            let tampered = await harness.groundwork(["evidence", "verify", "evidence"])
            #expect(tampered.code == 1)
            #expect(tampered.err.contains(item))
        }
    }

    @Test func deniedCallsAreErrorsNamingTheActionNeverFailures() async throws {
        // Under IAM enforcement moto's assumed member sessions have no permissions (see
        // PlanApplyHarness), and the plan policy grants no IAM reads: every per-account check is denied.
        let spec = PlanApplyHarness.exampleSpec.replacingOccurrences(of: "  archive: log-archive\n", with: "")
        try await PlanApplyHarness.run(
            spec: spec, options: .init(initialNoAuthActionCount: MotoServer.bootstrapActionCount)
        ) { harness in
            let apply = await harness.groundwork(["apply", "--yes"])
            try #require(apply.code == 0, "\(apply.err)\n\(apply.out)")
            let policy = try String(
                contentsOf: PlanApplyHarness.packageRoot.appendingPathComponent("docs/iam/plan-policy.json"), encoding: .utf8)
            try harness.aws(["iam", "create-user", "--user-name", "auditor"])
            try harness.aws(["iam", "put-user-policy", "--user-name", "auditor", "--policy-name", "read", "--policy-document", policy])
            let key = try harness.aws(["iam", "create-access-key", "--user-name", "auditor"])["AccessKey"] as? [String: Any] ?? [:]
            var auditor = harness
            auditor.credentials = .init(
                accessKeyID: key["AccessKeyId"] as? String ?? "", secretAccessKey: key["SecretAccessKey"] as? String ?? "")

            let result = try await Self.audit(auditor)
            #expect(result.code != 0)
            // The plan policy allows IAM reads in the management account: its IAM users are real
            // findings. In the five member accounts every IAM read is denied: ERROR, never FAIL.
            let shadow = result.findings.filter { $0.check == "sso.shadow-iam-users" }
            let errors = shadow.filter { $0.status == "ERROR" }
            #expect(errors.count == 5, "\(shadow)\n\(result.err)")
            #expect(errors.allSatisfy { $0.message.contains("'iam:ListUsers'") && $0.message.contains("AccessDenied") })
            #expect(shadow.filter { $0.status == "FAIL" }.allSatisfy { $0.message.contains("in account 'management'") })
            #expect(shadow.contains { $0.status == "FAIL" && $0.message.contains("'auditor'") })
            let root = result.findings.filter { ["sso.root-mfa", "sso.root-access-keys"].contains($0.check) }
            #expect(root.filter { $0.status == "ERROR" }.count == 10)
            #expect(root.filter { $0.status == "FAIL" }.allSatisfy { $0.message.contains("'management'") })
        }
    }
}

import Foundation
import OrgModel
import Planner
import Testing

@testable import AWSOrganization

@Suite struct AWSSnapshotTests {
    typealias Names = AWSResourceConventions

    /// A live organization as the example spec leaves it, built from the spec's own definitions
    /// the way AWS stores them (documents re-spaced, lists in another order).
    static func converged(_ spec: Organization) throws -> AWSSnapshot {
        let ids = [
            "management": "111111111111", "log-archive": "222222222222", "audit": "333333333333",
            "prod": "444444444444", "staging": "555555555555", "dev": "666666666666",
        ]
        var units: [AWSSnapshot.Unit] = []
        for unit in spec.units {
            units.append(
                .init(
                    id: "ou-\(unit.path)", name: unit.name, path: unit.path,
                    parentID: unit.parentPath.map { "ou-\($0)" } ?? "r-root"))
        }
        let accounts = spec.accounts.map { account in
            AWSSnapshot.LiveAccount(
                id: ids[account.key] ?? "", name: account.role == .management ? "master" : account.key,
                email: account.email,
                status: "ACTIVE", parentID: account.unit.map { "ou-\($0)" } ?? "r-root", unitPath: account.unit)
        }
        let known = KnownIDs(organizationID: "o-abc", managementAccountID: "111111111111", accountIDs: ids)
        let desired = DesiredState(organization: spec, known: known)
        var policies: [AWSSnapshot.LivePolicy] = [
            .init(
                id: "p-FullAWSAccess", name: "FullAWSAccess", type: "SERVICE_CONTROL_POLICY", description: "",
                awsManaged: true, content: "{}", targetIDs: ["r-root"])
        ]
        for resource in try desired.resources() where resource.address.kind == .guardrail {
            guard case .document(let json)? = resource.attributes["content"],
                case .string(let description)? = resource.attributes["description"]
            else { continue }
            // AWS hands the document back re-spaced.
            let spaced = json.replacingOccurrences(of: ",\"", with: ", \"")
            policies.append(
                .init(
                    id: "p-\(resource.address.name)", name: resource.address.name, type: "SERVICE_CONTROL_POLICY",
                    description: description, awsManaged: false, content: spaced, targetIDs: ["r-root"]))
        }
        let bucketName = try ArchiveBucket.name(organization: "acme", accountID: "222222222222")
        let bucket = try ArchiveBucket(name: bucketName, auditLog: spec.auditLog)
        return AWSSnapshot(
            organization: spec, organizationID: "o-abc", managementAccountID: "111111111111",
            managementAccountEmail: nil,
            rootID: "r-root", enabledPolicyTypes: ["SERVICE_CONTROL_POLICY"], units: units, accounts: accounts,
            policies: policies, delegatedAdministrators: [], trustedServices: [], identityCenter: nil,
            trails: [
                .init(
                    name: "groundwork-organization-trail", arn: "arn:trail", homeRegion: "eu-central-1",
                    bucketName: bucketName,
                    isMultiRegion: true, logFileValidation: true, isOrganizationTrail: true,
                    includeGlobalServiceEvents: true,
                    isLogging: true, kmsKeyID: nil)
            ],
            archiveBucket: .init(
                accountID: "222222222222", accountName: "log-archive", name: bucketName, versioning: "Enabled",
                objectLock: bucket.objectLock, encryption: .aes256, publicAccessBlock: .allBlocked,
                policy: desired.bucketPolicy(for: bucket) ?? "", expirationDays: []))
    }

    @Test func aConvergedOrganizationPlansNoChangesOutsideIdentity() throws {
        let spec = try ExampleSpec.acme()
        let snapshot = try Self.converged(spec)
        let actual = snapshot.resources(managementAccountKey: "management")
        let desired = try DesiredState(organization: spec, known: snapshot.knownIDs).resources()
            .filter { $0.area != .identity }
        let plan = try PlanBuilder.plan(desired: desired, actual: actual, prune: false)
        #expect(plan.steps.map(\.id) == [])
        #expect(plan.unmanaged.isEmpty, "FullAWSAccess and the renamed management account are matched or ignored")
    }

    @Test func aDetachedGuardrailAndAMovedAccountAreChanges() throws {
        let spec = try ExampleSpec.acme()
        var snapshot = try Self.converged(spec)
        snapshot.policies[1].targetIDs = []
        if let index = snapshot.accounts.firstIndex(where: { $0.name == "dev" }) {
            snapshot.accounts[index].unitPath = "Workloads/Production"
        }
        let desired = try DesiredState(organization: spec, known: snapshot.knownIDs).resources().filter {
            $0.area != .identity
        }
        let plan = try PlanBuilder.plan(
            desired: desired, actual: snapshot.resources(managementAccountKey: "management"), prune: false)
        #expect(
            Set(plan.steps.map(\.id)) == [
                "create guardrail-attachment.\(snapshot.policies[1].name)@root", "move account.dev",
            ])
    }

    @Test func attachmentsBelowTheRootAreLabelledByUnitAndAccountName() throws {
        var snapshot = try Self.converged(try ExampleSpec.acme())
        snapshot.policies[1].targetIDs = ["ou-Security", "444444444444"]
        let names = Set(
            snapshot.resources().filter { $0.address.kind == .guardrailAttachment }.map(\.address.name)
                .filter { $0.hasPrefix(snapshot.policies[1].name + "@") })
        #expect(names == ["\(snapshot.policies[1].name)@unit:Security", "\(snapshot.policies[1].name)@account:prod"])
    }

    @Test func theLiveModelRecognisesGuardrailsAndTheArchive() throws {
        let spec = try ExampleSpec.acme()
        let snapshot = try Self.converged(spec)
        let model = snapshot.model(target: LiveReader.Target(organization: spec))
        #expect(Set(model.guardrails) == Set(Guardrail.allCases))
        #expect(model.auditLog.archive == "log-archive")
        #expect(model.auditLog.immutable)
        #expect(model.auditLog.retention == RetentionPeriod(7, .years))
        #expect(model.auditLog.sources == [.awsCloudTrail])
        #expect(model.account("management")?.role == .management)
        #expect(model.account("log-archive")?.role == .logArchive)
    }

    @Test func intentAWSDoesNotStoreComesFromTheSpecAndFactsFromLive() throws {
        let spec = try ExampleSpec.acme()
        var snapshot = try Self.converged(spec)
        snapshot.organization = snapshot.model(target: LiveReader.Target(organization: spec))
        var moved = snapshot.organization
        if let index = moved.accounts.firstIndex(where: { $0.key == "prod" }) {
            moved.accounts[index].unit = "Security"
        }
        snapshot.organization = moved
        let live = snapshot.organization(declaredBy: spec)
        #expect(live.account("prod")?.stage == .production, "stages are declared, AWS does not store them")
        #expect(live.account("prod")?.userData == true)
        #expect(live.account("prod")?.unit == "Security", "where the account sits is a live fact")
        #expect(live.identity.mfa == .required)
        #expect(live.settings.frameworks == spec.settings.frameworks)
        #expect(live.auditLog.readers == ["security"])
    }
}

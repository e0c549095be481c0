import AWSOrganization
import Foundation
import Testing

/// Checks the shipped least-privilege policies in `docs/iam/`.
@Suite struct IAMPolicyDocumentsTests {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func load(_ name: String) throws -> PolicyDocument {
        try PolicyDocument(jsonData: Data(contentsOf: packageRoot.appendingPathComponent("docs/iam/\(name)")))
    }

    /// Verbs that change state; a read-only policy must allow none of them.
    static let writeVerbs = [
        "Accept", "Add", "Associate", "Attach", "Cancel", "Close", "Create", "Decline", "Delete", "Deregister",
        "Detach", "Disable",
        "Disassociate", "Enable", "Invite", "Leave", "Move", "Provision", "Put", "Register", "Remove", "Restore",
        "Schedule", "Set",
        "Start", "Stop", "Tag", "Untag", "Update", "Upload",
    ]

    static func actions(_ document: PolicyDocument) -> [String] {
        document.statements.flatMap(\.actionList)
    }

    @Test(arguments: ["plan-policy.json", "apply-policy.json"])
    func isValidIAMJSON(name: String) throws {
        let document = try Self.load(name)
        #expect(!document.statements.isEmpty)
        let sids = document.statements.compactMap(\.sid)
        #expect(sids.count == document.statements.count, "every statement has a Sid")
        #expect(Set(sids).count == sids.count, "Sids are unique")
        #expect(sids.allSatisfy { $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } })
        for statement in document.statements {
            #expect(statement.effect == .allow)
            #expect(statement.principal == nil, "identity policies carry no principal")
            #expect(statement.notActionList.isEmpty)
            #expect(!statement.resourceList.isEmpty)
            for action in statement.actionList {
                let parts = action.split(separator: ":")
                #expect(parts.count == 2 && !parts[0].isEmpty && !parts[1].isEmpty, "'\(action)' is service:Action")
                #expect(parts.count != 2 || parts[1] != "*", "'\(action)' grants a whole service")
            }
        }
        // 6,144 characters (whitespace excluded) is the managed policy limit.
        #expect(document.minifiedJSON.count <= 6_144)
    }

    @Test func planPolicyAllowsNoWriteAction() throws {
        let actions = Self.actions(try Self.load("plan-policy.json"))
        #expect(!actions.isEmpty)
        for action in actions {
            let name = action.split(separator: ":").last.map(String.init) ?? action
            #expect(!Self.writeVerbs.contains { name.hasPrefix($0) }, "plan-policy allows write action '\(action)'")
        }
        #expect(!actions.contains("s3:GetObject"), "plan never reads log files")
    }

    @Test func applyPolicyCoversPlanPolicy() throws {
        let plan = Set(Self.actions(try Self.load("plan-policy.json")))
        let apply = Set(Self.actions(try Self.load("apply-policy.json")))
        #expect(
            plan.isSubset(of: apply),
            "apply re-plans, so it needs every read: missing \(plan.subtracting(apply).sorted())")
    }

    @Test func applyPolicyCanBuildWhatGroundworkDeploys() throws {
        let apply = Set(Self.actions(try Self.load("apply-policy.json")))
        for action in [
            "organizations:CreateOrganizationalUnit", "organizations:CreateAccount", "organizations:MoveAccount",
            "organizations:CreatePolicy",
            "organizations:UpdatePolicy", "organizations:AttachPolicy", "organizations:EnablePolicyType",
            "sso:CreatePermissionSet",
            "sso:PutInlinePolicyToPermissionSet", "sso:AttachManagedPolicyToPermissionSet",
            "sso:ProvisionPermissionSet",
            "sso:CreateAccountAssignment", "identitystore:CreateUser", "identitystore:CreateGroup",
            "identitystore:CreateGroupMembership",
            "cloudtrail:CreateTrail", "cloudtrail:StartLogging", "sts:AssumeRole",
        ] {
            #expect(apply.contains(action), "apply-policy lacks '\(action)'")
        }
    }

    @Test func applyPolicyCannotTurnLoggingOffOrLeaveTheOrganization() throws {
        let apply = Set(Self.actions(try Self.load("apply-policy.json")))
        for action in [
            "cloudtrail:StopLogging", "cloudtrail:DeleteTrail", "organizations:LeaveOrganization",
            "organizations:CloseAccount",
            "organizations:RemoveAccountFromOrganization", "organizations:DeleteOrganization", "iam:CreateUser",
            "iam:CreateAccessKey",
        ] {
            #expect(!apply.contains(action), "apply-policy should not allow '\(action)'")
        }
        #expect(
            !apply.contains {
                $0.hasPrefix("cloudtrail:") && $0.hasSuffix("*") && !$0.contains("Get") && !$0.contains("List")
                    && !$0.contains("Describe")
            })
    }
}

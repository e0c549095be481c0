import AWS
import Foundation
import TestSupport
import Testing

@Suite struct OrganizationsOperationTests {
    @Test func operationNamesAreTheAPIsOwn() {
        let actions = [
            Organizations.listAccountsForParent.actionName, Organizations.listParents.actionName,
            Organizations.listChildren.actionName, Organizations.describeAccount.actionName,
            Organizations.updateOrganizationalUnit.actionName, Organizations.deleteOrganizationalUnit.actionName,
            Organizations.moveAccount.actionName, Organizations.listPolicies.actionName,
            Organizations.describePolicy.actionName, Organizations.createPolicy.actionName,
            Organizations.updatePolicy.actionName, Organizations.deletePolicy.actionName,
            Organizations.attachPolicy.actionName, Organizations.detachPolicy.actionName,
            Organizations.listTargetsForPolicy.actionName, Organizations.listPoliciesForTarget.actionName,
            Organizations.enablePolicyType.actionName, Organizations.disablePolicyType.actionName,
            Organizations.listDelegatedAdministrators.actionName,
            Organizations.registerDelegatedAdministrator.actionName,
            Organizations.listAWSServiceAccessForOrganization.actionName,
            Organizations.enableAWSServiceAccess.actionName,
            Organizations.tagResource.actionName, Organizations.listTagsForResource.actionName,
            Organizations.listRootsWithPolicyTypes.actionName,
        ]
        #expect(
            actions
                == [
                    "ListAccountsForParent", "ListParents", "ListChildren", "DescribeAccount",
                    "UpdateOrganizationalUnit",
                    "DeleteOrganizationalUnit", "MoveAccount", "ListPolicies", "DescribePolicy", "CreatePolicy",
                    "UpdatePolicy",
                    "DeletePolicy", "AttachPolicy", "DetachPolicy", "ListTargetsForPolicy", "ListPoliciesForTarget",
                    "EnablePolicyType", "DisablePolicyType", "ListDelegatedAdministrators",
                    "RegisterDelegatedAdministrator",
                    "ListAWSServiceAccessForOrganization", "EnableAWSServiceAccess", "TagResource",
                    "ListTagsForResource",
                    "ListRoots",
                ].map { "organizations:\($0)" }
        )
    }

    @Test func listChildrenSendsParentAndTypeAndPagesThroughEveryChild() async throws {
        let probe = OperationProbe([
            TestClient.json(
                #"{"Children":[{"Id":"ou-examplerootid111-exampleouid111","Type":"ORGANIZATIONAL_UNIT"}],"NextToken":"p2"}"#
            ),
            TestClient.json(
                #"{"Children":[{"Id":"ou-examplerootid111-exampleouid222","Type":"ORGANIZATIONAL_UNIT"}]}"#),
        ])
        let children = try await probe.client.all(
            Organizations.listChildren,
            .init(parentId: "r-examplerootid111", childType: "ORGANIZATIONAL_UNIT"),
            \.children
        )
        #expect(children.map(\.id) == ["ou-examplerootid111-exampleouid111", "ou-examplerootid111-exampleouid222"])
        let bodies = probe.requests.map(\.bodyText)
        #expect(bodies[0] == #"{"ChildType":"ORGANIZATIONAL_UNIT","ParentId":"r-examplerootid111"}"#)
        #expect(bodies[1] == #"{"ChildType":"ORGANIZATIONAL_UNIT","NextToken":"p2","ParentId":"r-examplerootid111"}"#)
        #expect(probe.requests.allSatisfy { $0.targetOperation == "ListChildren" })
    }

    @Test func listParentsReadsTheParentType() async throws {
        let probe = OperationProbe(
            json: #"{"Parents":[{"Id":"ou-examplerootid111-exampleouid111","Type":"ORGANIZATIONAL_UNIT"}]}"#)
        let output = try await probe.send(Organizations.listParents, .init(childId: "444444444444"))
        #expect(output.parents == [.init(id: "ou-examplerootid111-exampleouid111", type: "ORGANIZATIONAL_UNIT")])
        #expect(try probe.request.bodyText == #"{"ChildId":"444444444444"}"#)
    }

    @Test func moveAccountNamesSourceAndDestination() async throws {
        let probe = OperationProbe()
        _ = try await probe.send(
            Organizations.moveAccount,
            .init(
                accountId: "333333333333", sourceParentId: "r-examplerootid111",
                destinationParentId: "ou-examplerootid111-exampleouid111")
        )
        let request = try probe.request
        #expect(request.targetOperation == "MoveAccount")
        #expect(
            request.bodyText
                == #"{"AccountId":"333333333333","DestinationParentId":"ou-examplerootid111-exampleouid111","SourceParentId":"r-examplerootid111"}"#
        )
    }

    @Test func describePolicyReadsSummaryAndContent() async throws {
        let body = """
            {"Policy":{"Content":"{\\n  \\"Version\\": \\"2012-10-17\\",\\n  \\"Statement\\": [\\n    {\\n      \\"Effect\\": \\"Allow\\",\\n      \\"Action\\": \\"*\\",\\n      \\"Resource\\": \\"*\\"\\n    }\\n  ]\\n}",
            "PolicySummary":{"Arn":"arn:aws:organizations::111111111111:policy/o-exampleorgid/service_control_policy/p-examplepolicyid111",
            "AwsManaged":false,"Description":"Enables admins to delegate S3 permissions","Id":"p-examplepolicyid111",
            "Name":"AllowAllS3Actions","Type":"SERVICE_CONTROL_POLICY"}}}
            """
        let probe = OperationProbe(json: body)
        let policy = try #require(
            try await probe.send(Organizations.describePolicy, .init(policyId: "p-examplepolicyid111")).policy)
        #expect(policy.policySummary?.id == "p-examplepolicyid111")
        #expect(policy.policySummary?.type == "SERVICE_CONTROL_POLICY")
        #expect(policy.policySummary?.awsManaged == false)
        let content = try JSONSerialization.jsonObject(with: Data(try #require(policy.content).utf8)) as? [String: Any]
        #expect(content?["Version"] as? String == "2012-10-17")
    }

    @Test func createPolicySendsContentAsAStringAndTags() async throws {
        let probe = OperationProbe(
            json: #"{"Policy":{"Content":"{}","PolicySummary":{"Id":"p-1","Name":"deny-leave"}}}"#)
        let output = try await probe.send(
            Organizations.createPolicy,
            .init(
                content: #"{"Version":"2012-10-17"}"#,
                description: "deny leaving",
                name: "deny-leave",
                type: "SERVICE_CONTROL_POLICY",
                tags: [.init(key: "managed-by", value: "groundwork")]
            )
        )
        #expect(output.policy?.policySummary?.id == "p-1")
        #expect(
            try probe.request.bodyText
                == #"{"Content":"{\"Version\":\"2012-10-17\"}","Description":"deny leaving","Name":"deny-leave","#
                + #""Tags":[{"Key":"managed-by","Value":"groundwork"}],"Type":"SERVICE_CONTROL_POLICY"}"#
        )
    }

    @Test func updatePolicyLeavesUnchangedFieldsOut() async throws {
        let probe = OperationProbe(json: #"{"Policy":{"PolicySummary":{"Id":"p-1","Name":"renamed"}}}"#)
        _ = try await probe.send(Organizations.updatePolicy, .init(policyId: "p-1", name: "renamed"))
        #expect(try probe.request.bodyText == #"{"Name":"renamed","PolicyId":"p-1"}"#)
    }

    @Test func listPoliciesFiltersByTypeAndPaginates() async throws {
        let probe = OperationProbe([
            TestClient.json(
                #"{"Policies":[{"Id":"p-FullAWSAccess","AwsManaged":true,"Type":"SERVICE_CONTROL_POLICY"}],"NextToken":"n"}"#
            ),
            TestClient.json(
                #"{"Policies":[{"Id":"p-1","AwsManaged":false,"Type":"SERVICE_CONTROL_POLICY"}],"NextToken":null}"#),
        ])
        let policies = try await probe.client.all(
            Organizations.listPolicies, .init(filter: "SERVICE_CONTROL_POLICY"), \.policies)
        #expect(policies.map(\.id) == ["p-FullAWSAccess", "p-1"])
        #expect(probe.requests.first?.bodyText == #"{"Filter":"SERVICE_CONTROL_POLICY"}"#)
    }

    @Test func listPoliciesForTargetAndTargetsForPolicy() async throws {
        let forTarget = OperationProbe(
            json: #"{"Policies":[{"Id":"p-1","Name":"protect-audit-log","Type":"SERVICE_CONTROL_POLICY"}]}"#)
        let attached = try await forTarget.send(
            Organizations.listPoliciesForTarget,
            .init(targetId: "ou-abcd-11111111", filter: "SERVICE_CONTROL_POLICY")
        )
        #expect(attached.policies?.map(\.name) == ["protect-audit-log"])
        #expect(try forTarget.request.bodyText == #"{"Filter":"SERVICE_CONTROL_POLICY","TargetId":"ou-abcd-11111111"}"#)

        let targets = OperationProbe(
            json: """
                {"Targets":[{"Arn":"arn:aws:organizations::111111111111:root/o-exampleorgid/r-examplerootid111",
                "Name":"Root","TargetId":"r-examplerootid111","Type":"ROOT"},
                {"Arn":"arn:aws:organizations::111111111111:account/o-exampleorgid/333333333333","Name":"Developer Test Account",
                "TargetId":"333333333333","Type":"ACCOUNT"}]}
                """
        )
        let output = try await targets.send(Organizations.listTargetsForPolicy, .init(policyId: "p-FullAWSAccess"))
        #expect(output.targets?.map(\.type) == ["ROOT", "ACCOUNT"])
        #expect(output.targets?.last?.targetId == "333333333333")
    }

    @Test func enablePolicyTypeAndListRootsReadEnabledPolicyTypes() async throws {
        let root =
            #"{"Id":"r-examplerootid111","Name":"Root","PolicyTypes":[{"Status":"ENABLED","Type":"SERVICE_CONTROL_POLICY"}]}"#
        let probe = OperationProbe([TestClient.json(#"{"Root":\#(root)}"#), TestClient.json(#"{"Roots":[\#(root)]}"#)])
        let enabled = try await probe.send(
            Organizations.enablePolicyType,
            .init(rootId: "r-examplerootid111", policyType: "SERVICE_CONTROL_POLICY")
        )
        #expect(enabled.root?.policyTypes == [.init(type: "SERVICE_CONTROL_POLICY", status: "ENABLED")])
        let roots = try await probe.client.all(Organizations.listRootsWithPolicyTypes, .init(), \.roots)
        #expect(roots.first?.policyTypes?.first?.status == "ENABLED")
        #expect(probe.requests.map(\.targetOperation) == ["EnablePolicyType", "ListRoots"])
    }

    @Test func describeAccountReadsStateAndJoinTime() async throws {
        let probe = OperationProbe(
            json: """
                {"Account":{"Arn":"arn:aws:organizations::111111111111:account/o-exampleorgid/555555555555","Email":"anika@example.com",
                "Id":"555555555555","JoinedMethod":"INVITED","JoinedTimestamp":1481756563.134,"Name":"Beta Account","Status":"ACTIVE"}}
                """
        )
        let account = try #require(
            try await probe.send(Organizations.describeAccount, .init(accountId: "555555555555")).account)
        #expect(account.email == "anika@example.com")
        #expect(account.joinedTimestamp == Date(timeIntervalSince1970: 1_481_756_563.134))
    }

    @Test func delegatedAdministratorsAndServiceAccess() async throws {
        let admins = OperationProbe(
            json: """
                {"DelegatedAdministrators":[{"Id":"222222222222","Name":"security","Email":"sec@example.com","Status":"ACTIVE",
                "JoinedMethod":"CREATED","JoinedTimestamp":1.7E9,"DelegationEnabledDate":1.7000001E9}]}
                """
        )
        let list = try await admins.client.all(
            Organizations.listDelegatedAdministrators,
            .init(servicePrincipal: "guardduty.amazonaws.com"),
            \.delegatedAdministrators
        )
        #expect(list.map(\.id) == ["222222222222"])
        #expect(list.first?.delegationEnabledDate == Date(timeIntervalSince1970: 1_700_000_100))
        #expect(try admins.request.bodyText == #"{"ServicePrincipal":"guardduty.amazonaws.com"}"#)

        let access = OperationProbe(
            json: #"{"EnabledServicePrincipals":[{"DateEnabled":1.7E9,"ServicePrincipal":"cloudtrail.amazonaws.com"}]}"#
        )
        let enabled = try await access.client.all(
            Organizations.listAWSServiceAccessForOrganization, .init(), \.enabledServicePrincipals)
        #expect(enabled.map(\.servicePrincipal) == ["cloudtrail.amazonaws.com"])
        #expect(try access.request.bodyText == "{}")
    }

    @Test func tagResourceAndListTags() async throws {
        let probe = OperationProbe([
            TestClient.json("{}"), TestClient.json(#"{"Tags":[{"Key":"stage","Value":"prod"}]}"#),
        ])
        _ = try await probe.send(
            Organizations.tagResource, .init(resourceId: "111122223333", tags: [.init(key: "stage", value: "prod")]))
        let tags = try await probe.client.all(
            Organizations.listTagsForResource, .init(resourceId: "111122223333"), \.tags)
        #expect(tags == [.init(key: "stage", value: "prod")])
        #expect(probe.requests[0].bodyText == #"{"ResourceId":"111122223333","Tags":[{"Key":"stage","Value":"prod"}]}"#)
    }

    @Test func policyNotFoundIsAnAWSErrorWithItsCode() async throws {
        let probe = OperationProbe([
            TestClient.json(
                #"{"__type":"PolicyNotFoundException","Message":"We can't find a policy with the PolicyId that you specified."}"#,
                status: 400)
        ])
        let error = await #expect(throws: AWSError.self) {
            try await probe.send(Organizations.describePolicy, .init(policyId: "p-none"))
        }
        #expect(error?.code == "PolicyNotFoundException")
    }

    @Test func unitDescriptionAndTheUndoingCallsSendTheirIDs() async throws {
        let probe = OperationProbe([
            TestClient.json(#"{"OrganizationalUnit":{"Id":"ou-ab12-11111111","Name":"Security"}}"#),
            TestClient.json("{}"),
        ])
        let unit = try await probe.send(
            Organizations.describeOrganizationalUnit, .init(organizationalUnitId: "ou-ab12-11111111"))
        #expect(unit.organizationalUnit?.name == "Security")
        _ = try await probe.send(
            Organizations.deregisterDelegatedAdministrator,
            .init(accountId: "222222222222", servicePrincipal: "guardduty.amazonaws.com")
        )
        _ = try await probe.send(
            Organizations.disableAWSServiceAccess, .init(servicePrincipal: "guardduty.amazonaws.com"))
        _ = try await probe.send(Organizations.untagResource, .init(resourceId: "222222222222", tagKeys: ["owner"]))
        #expect(
            probe.requests.map(\.targetOperation) == [
                "DescribeOrganizationalUnit", "DeregisterDelegatedAdministrator", "DisableAWSServiceAccess",
                "UntagResource",
            ]
        )
        #expect(probe.requests[0].hasJSONBody(#"{"OrganizationalUnitId":"ou-ab12-11111111"}"#))
        #expect(probe.requests[3].hasJSONBody(#"{"ResourceId":"222222222222","TagKeys":["owner"]}"#))
    }
}

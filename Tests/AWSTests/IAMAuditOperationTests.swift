import AWS
import Foundation
import TestSupport
import Testing

@Suite struct IAMAuditOperationTests {
    @Test func getAccountSummaryReadsTheEntryMap() async throws {
        let probe = OperationProbe(
            xml: """
                <GetAccountSummaryResponse xmlns="https://iam.amazonaws.com/doc/2010-05-08/"><GetAccountSummaryResult><SummaryMap>
                <entry><key>Groups</key><value>31</value></entry><entry><key>AccountMFAEnabled</key><value>0</value></entry>
                <entry><key>AccountAccessKeysPresent</key><value>1</value></entry><entry><key>Users</key><value>27</value></entry>
                </SummaryMap></GetAccountSummaryResult><ResponseMetadata><RequestId>f1e38443</RequestId></ResponseMetadata>
                </GetAccountSummaryResponse>
                """
        )
        let summary = try await probe.send(IAM.getAccountSummary, EmptyInput())
        #expect(summary.summaryMap["Users"] == 27)
        #expect(summary.rootMFAEnabled == false)
        #expect(summary.rootAccessKeysPresent == true)
        #expect(try probe.request.formParameters == ["Action": "GetAccountSummary", "Version": "2010-05-08"])
    }

    @Test func getRoleDecodesTheURLEncodedTrustPolicy() async throws {
        let probe = OperationProbe(
            xml: """
                <GetRoleResponse xmlns="https://iam.amazonaws.com/doc/2010-05-08/"><GetRoleResult><Role><Path>/application_abc/component_xyz/</Path>
                <Arn>arn:aws:iam::123456789012:role/application_abc/component_xyz/S3Access</Arn><RoleName>S3Access</RoleName>
                <AssumeRolePolicyDocument>%7B%22Version%22%3A%222012-10-17%22%2C%22Statement%22%3A%5B%7B%22Effect%22%3A%22Allow%22%2C%22Principal%22%3A%7B%22AWS%22%3A%22arn%3Aaws%3Aiam%3A%3A222222222222%3Aroot%22%7D%2C%22Action%22%3A%22sts%3AAssumeRole%22%7D%5D%7D</AssumeRolePolicyDocument>
                <CreateDate>2012-05-08T23:34:01Z</CreateDate><RoleId>AROADBQP57FF2AEXAMPLE</RoleId>
                <RoleLastUsed><LastUsedDate>2019-11-20T17:09:20Z</LastUsedDate><Region>us-east-1</Region></RoleLastUsed><MaxSessionDuration>3600</MaxSessionDuration>
                </Role></GetRoleResult></GetRoleResponse>
                """
        )
        let role = try #require(try await probe.send(IAM.getRole, .init(roleName: "S3Access")).role)
        #expect(role.roleName == "S3Access")
        #expect(role.roleLastUsed?.region == "us-east-1")
        let trust = try JSONSerialization.jsonObject(with: Data(try #require(role.trustPolicy).utf8)) as? [String: Any]
        let principal = ((trust?["Statement"] as? [[String: Any]])?.first?["Principal"] as? [String: String])?["AWS"]
        #expect(principal == "arn:aws:iam::222222222222:root")
        #expect(try probe.request.formParameters["RoleName"] == "S3Access")
    }

    @Test func plainJSONTrustPolicyPassesThrough() {
        let document =
            #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole","Condition":{"NumericLessThan":{"aws:MultiFactorAuthAge":"100%"}}}]}"#
        let role = IAM.Role(
            path: "/", roleName: "r", roleId: "id", arn: "arn:aws:iam::1:role/r", createDate: Date(),
            assumeRolePolicyDocument: document)
        #expect(role.trustPolicy == document)
    }

    @Test func loginProfileAbsentIsNil() async throws {
        let absent = OperationProbe(
            xml:
                "<ErrorResponse><Error><Type>Sender</Type><Code>NoSuchEntity</Code><Message>Login Profile for User ana cannot be found.</Message></Error></ErrorResponse>",
            status: 404
        )
        #expect(try await absent.client.send(IAM.getLoginProfile, .init(userName: "ana")) == nil)
        let present = OperationProbe(
            xml: """
                <GetLoginProfileResponse><GetLoginProfileResult><LoginProfile><UserName>ana</UserName>
                <CreateDate>2011-09-19T23:00:56Z</CreateDate><PasswordResetRequired>false</PasswordResetRequired></LoginProfile>
                </GetLoginProfileResult></GetLoginProfileResponse>
                """
        )
        let profile = try await present.client.send(IAM.getLoginProfile, .init(userName: "ana"))
        #expect(profile?.loginProfile?.userName == "ana")
        #expect(profile?.loginProfile?.passwordResetRequired == false)
    }

    @Test func mfaDevicesPageByMarker() async throws {
        let probe = OperationProbe([
            TestClient.xml(
                """
                <ListMFADevicesResponse><ListMFADevicesResult><IsTruncated>true</IsTruncated><Marker>m2</Marker><MFADevices>
                <member><UserName>ana</UserName><SerialNumber>arn:aws:iam::123456789012:mfa/ana</SerialNumber><EnableDate>2024-01-01T00:00:00Z</EnableDate></member>
                </MFADevices></ListMFADevicesResult></ListMFADevicesResponse>
                """
            ),
            TestClient.xml(
                """
                <ListMFADevicesResponse><ListMFADevicesResult><IsTruncated>false</IsTruncated><MFADevices>
                <member><UserName>ana</UserName><SerialNumber>arn:aws:iam::123456789012:u2f/user/ana/key</SerialNumber><EnableDate>2024-02-01T00:00:00Z</EnableDate></member>
                </MFADevices></ListMFADevicesResult></ListMFADevicesResponse>
                """
            ),
        ])
        let devices = try await probe.client.all(IAM.listMFADevices, .init(userName: "ana", maxItems: 1), \.mfaDevices)
        #expect(
            devices.map(\.serialNumber) == [
                "arn:aws:iam::123456789012:mfa/ana", "arn:aws:iam::123456789012:u2f/user/ana/key",
            ])
        #expect(probe.requests[1].formParameters["Marker"] == "m2")
        #expect(probe.requests[1].formParameters["MaxItems"] == "1")
    }

    @Test func identityProvidersAndAccessKeyLastUse() async throws {
        let probe = OperationProbe([
            TestClient.xml(
                """
                <ListSAMLProvidersResponse><ListSAMLProvidersResult><SAMLProviderList><member>
                <Arn>arn:aws:iam::123456789012:saml-provider/Okta</Arn><ValidUntil>2032-05-09T16:27:11Z</ValidUntil><CreateDate>2012-05-09T16:27:03Z</CreateDate>
                </member></SAMLProviderList></ListSAMLProvidersResult></ListSAMLProvidersResponse>
                """
            ),
            TestClient.xml(
                """
                <ListOpenIDConnectProvidersResponse><ListOpenIDConnectProvidersResult><OpenIDConnectProviderList>
                <member><Arn>arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com</Arn></member>
                </OpenIDConnectProviderList></ListOpenIDConnectProvidersResult></ListOpenIDConnectProvidersResponse>
                """
            ),
            TestClient.xml(
                """
                <GetAccessKeyLastUsedResponse><GetAccessKeyLastUsedResult><AccessKeyLastUsed><Region>us-west-2</Region>
                <LastUsedDate>2015-03-13T10:45:00Z</LastUsedDate><ServiceName>s3</ServiceName></AccessKeyLastUsed><UserName>bob</UserName>
                </GetAccessKeyLastUsedResult></GetAccessKeyLastUsedResponse>
                """
            ),
        ])
        let saml = try await probe.send(IAM.listSAMLProviders, EmptyInput())
        #expect(saml.samlProviderList?.map(\.arn) == ["arn:aws:iam::123456789012:saml-provider/Okta"])
        let oidc = try await probe.send(IAM.listOpenIDConnectProviders, EmptyInput())
        #expect(oidc.openIDConnectProviderList?.count == 1)
        let lastUsed = try await probe.send(IAM.getAccessKeyLastUsed, .init(accessKeyId: "AKIAIOSFODNN7EXAMPLE"))
        #expect(lastUsed.accessKeyLastUsed?.serviceName == "s3")
        #expect(lastUsed.userName == "bob")
    }

    @Test func createRoleSendsTheTrustPolicyAndTags() async throws {
        let probe = OperationProbe(
            xml: """
                <CreateRoleResponse><CreateRoleResult><Role><Path>/</Path><RoleName>break-glass</RoleName><RoleId>AROA1</RoleId>
                <Arn>arn:aws:iam::123456789012:role/break-glass</Arn><CreateDate>2024-01-01T00:00:00Z</CreateDate></Role></CreateRoleResult></CreateRoleResponse>
                """
        )
        let trust = #"{"Version":"2012-10-17","Statement":[]}"#
        let created = try await probe.send(
            IAM.createRole,
            .init(
                roleName: "break-glass", assumeRolePolicyDocument: trust, maxSessionDuration: 3600,
                tags: [.init(key: "purpose", value: "break-glass")])
        )
        #expect(created.role?.arn == "arn:aws:iam::123456789012:role/break-glass")
        let form = try probe.request.formParameters
        #expect(form["AssumeRolePolicyDocument"] == trust)
        #expect(form["Tags.member.1.Key"] == "purpose")
        #expect(form["MaxSessionDuration"] == "3600")
    }

    @Test func offboardingDeletesAndLoginProfilePasswordIsRedacted() async throws {
        let probe = OperationProbe(
            xml:
                "<DeleteUserResponse><ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></DeleteUserResponse>"
        )
        _ = try await probe.send(IAM.deleteLoginProfile, .init(userName: "ana"))
        _ = try await probe.send(IAM.deleteAccessKey, .init(userName: "ana", accessKeyId: "AKIAEXAMPLE"))
        _ = try await probe.send(IAM.deleteUser, .init(userName: "ana"))
        #expect(
            probe.requests.map { $0.formParameters["Action"] } == [
                "DeleteLoginProfile", "DeleteAccessKey", "DeleteUser",
            ])
        #expect(probe.requests[1].formParameters["AccessKeyId"] == "AKIAEXAMPLE")
        let request = IAM.CreateLoginProfileRequest(userName: "ana", password: "hunter2-Secret!")
        #expect(!"\(request)".contains("hunter2"))
    }

    @Test func accountAuthorizationDetailsReadsRolesPoliciesAndPages() async throws {
        let probe = OperationProbe([
            TestClient.xml(
                """
                <GetAccountAuthorizationDetailsResponse><GetAccountAuthorizationDetailsResult><IsTruncated>true</IsTruncated><Marker>p2</Marker>
                <UserDetailList><member><UserName>legacy</UserName><Arn>arn:aws:iam::1:user/legacy</Arn><GroupList><member>admins</member></GroupList>
                <UserPolicyList><member><PolicyName>all</PolicyName>
                <PolicyDocument>%7B%22Version%22%3A%222012-10-17%22%2C%22Statement%22%3A%5B%5D%7D</PolicyDocument></member></UserPolicyList></member></UserDetailList>
                <RoleDetailList><member><RoleName>deploy</RoleName><Arn>arn:aws:iam::1:role/deploy</Arn>
                <AssumeRolePolicyDocument>%7B%22Version%22%3A%222012-10-17%22%7D</AssumeRolePolicyDocument>
                <AttachedManagedPolicies><member><PolicyName>AdministratorAccess</PolicyName><PolicyArn>arn:aws:iam::aws:policy/AdministratorAccess</PolicyArn></member></AttachedManagedPolicies>
                </member></RoleDetailList></GetAccountAuthorizationDetailsResult></GetAccountAuthorizationDetailsResponse>
                """
            ),
            TestClient.xml(
                """
                <GetAccountAuthorizationDetailsResponse><GetAccountAuthorizationDetailsResult><IsTruncated>false</IsTruncated>
                <Policies><member><PolicyName>deny-data</PolicyName><Arn>arn:aws:iam::1:policy/deny-data</Arn><DefaultVersionId>v1</DefaultVersionId>
                <PolicyVersionList><member><Document>%7B%7D</Document><VersionId>v1</VersionId><IsDefaultVersion>true</IsDefaultVersion></member></PolicyVersionList>
                </member></Policies></GetAccountAuthorizationDetailsResult></GetAccountAuthorizationDetailsResponse>
                """
            ),
        ])
        var pages: [IAM.GetAccountAuthorizationDetailsResponse] = []
        for try await page in probe.client.pages(
            IAM.getAccountAuthorizationDetails, .init(filter: ["User", "Role", "LocalManagedPolicy"]))
        {
            pages.append(page)
        }
        #expect(pages.count == 2)
        let user = try #require(pages[0].userDetailList?.first)
        #expect(user.groupList == ["admins"])
        #expect(user.userPolicyList?.first?.policy == #"{"Version":"2012-10-17","Statement":[]}"#)
        let role = try #require(pages[0].roleDetailList?.first)
        #expect(role.trustPolicy == #"{"Version":"2012-10-17"}"#)
        #expect(role.attachedManagedPolicies?.map(\.policyName) == ["AdministratorAccess"])
        #expect(pages[1].policies?.first?.policyVersionList?.first?.policy == "{}")
        let form = probe.requests[0].formParameters
        #expect(form["Filter.member.1"] == "User" && form["Filter.member.3"] == "LocalManagedPolicy")
        #expect(probe.requests[1].formParameters["Marker"] == "p2")
    }

    @Test func roleAndUserPolicyListingsPageByMarker() async throws {
        let probe = OperationProbe([
            TestClient.xml(
                """
                <ListRolesResponse><ListRolesResult><IsTruncated>true</IsTruncated><Marker>r2</Marker><Roles><member><Path>/</Path>
                <RoleName>a</RoleName><RoleId>AROA1</RoleId><Arn>arn:aws:iam::1:role/a</Arn><CreateDate>2024-01-01T00:00:00Z</CreateDate>
                </member></Roles></ListRolesResult></ListRolesResponse>
                """
            ),
            TestClient.xml(
                """
                <ListRolesResponse><ListRolesResult><IsTruncated>false</IsTruncated><Roles><member><Path>/</Path>
                <RoleName>b</RoleName><RoleId>AROA2</RoleId><Arn>arn:aws:iam::1:role/b</Arn><CreateDate>2024-01-01T00:00:00Z</CreateDate>
                </member></Roles></ListRolesResult></ListRolesResponse>
                """
            ),
            TestClient.xml(
                """
                <ListAttachedRolePoliciesResponse><ListAttachedRolePoliciesResult><IsTruncated>false</IsTruncated><AttachedPolicies>
                <member><PolicyName>ReadOnlyAccess</PolicyName><PolicyArn>arn:aws:iam::aws:policy/ReadOnlyAccess</PolicyArn></member>
                </AttachedPolicies></ListAttachedRolePoliciesResult></ListAttachedRolePoliciesResponse>
                """
            ),
            TestClient.xml(
                """
                <ListUserPoliciesResponse><ListUserPoliciesResult><IsTruncated>false</IsTruncated>
                <PolicyNames><member>inline-a</member><member>inline-b</member></PolicyNames></ListUserPoliciesResult></ListUserPoliciesResponse>
                """
            ),
        ])
        let roles = try await probe.client.all(IAM.listRoles, .init(pathPrefix: "/"), \.roles)
        #expect(roles.map(\.roleName) == ["a", "b"])
        #expect(probe.requests[1].formParameters["Marker"] == "r2")
        let attached = try await probe.client.all(
            IAM.listAttachedRolePolicies, .init(roleName: "a"), \.attachedPolicies)
        #expect(attached.map(\.policyArn) == ["arn:aws:iam::aws:policy/ReadOnlyAccess"])
        let inline = try await probe.client.all(IAM.listUserPolicies, .init(userName: "legacy"), \.policyNames)
        #expect(inline == ["inline-a", "inline-b"])
    }

    @Test func roleAndProviderWritesSendTheirParameters() async throws {
        let probe = OperationProbe([
            TestClient.xml("<AttachRolePolicyResponse/>"),
            TestClient.xml("<PutRolePolicyResponse/>"),
            TestClient.xml(
                "<CreateOpenIDConnectProviderResponse><CreateOpenIDConnectProviderResult><OpenIDConnectProviderArn>arn:aws:iam::1:oidc-provider/x</OpenIDConnectProviderArn></CreateOpenIDConnectProviderResult></CreateOpenIDConnectProviderResponse>"
            ),
        ])
        _ = try await probe.send(
            IAM.attachRolePolicy, .init(roleName: "r", policyArn: "arn:aws:iam::aws:policy/ReadOnlyAccess"))
        _ = try await probe.send(IAM.putRolePolicy, .init(roleName: "r", policyName: "deny", policyDocument: "{}"))
        let provider = try await probe.send(
            IAM.createOpenIDConnectProvider,
            .init(url: "https://token.actions.githubusercontent.com", clientIDList: ["sts.amazonaws.com"])
        )
        #expect(provider.openIDConnectProviderArn == "arn:aws:iam::1:oidc-provider/x")
        #expect(probe.requests[0].formParameters["PolicyArn"] == "arn:aws:iam::aws:policy/ReadOnlyAccess")
        #expect(probe.requests[1].formParameters["PolicyDocument"] == "{}")
        #expect(probe.requests[2].formParameters["ClientIDList.member.1"] == "sts.amazonaws.com")
        #expect(probe.requests[2].formParameters["Url"] == "https://token.actions.githubusercontent.com")
    }
}

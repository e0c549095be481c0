import Foundation

/// Turns one CloudTrail record (as a trail, `lookup-events` or an export writes it) into an `Event`.
///
/// Field meanings follow the CloudTrail record contents reference
/// (https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-record-contents.html)
/// and the `userIdentity` element reference.
struct CloudTrailNormalizer {
    /// `AWSReservedSSO_<PermissionSet>_<16 hex>`: the role IAM Identity Center creates per permission set.
    static let ssoRolePrefix = "AWSReservedSSO_"

    func event(_ tape: JSONTape, raw: UnsafeRawBufferPointer) throws(RecordProblem) -> Event {
        let root = 0
        guard let timeText = tape.string(tape.member(root, "eventTime")) else {
            throw .missing("eventTime", in: "CloudTrail")
        }
        guard let time = Timestamp.parseISO8601(timeText) else { throw .badTimestamp("eventTime", timeText) }
        guard let eventName = tape.nonEmptyString(tape.member(root, "eventName")) else {
            throw .missing("eventName", in: "CloudTrail")
        }
        let eventSource = tape.string(tape.member(root, "eventSource"))
        let action: String
        if let eventSource, let service = eventSource.before(first: UInt8(ascii: ".")) {
            action = service + ":" + eventName
        } else if let eventSource, !eventSource.isEmpty {
            action = eventSource + ":" + eventName
        } else {
            action = eventName
        }
        let identity = tape.member(root, "userIdentity")
        let actor = identity.map { self.actor(tape, $0) } ?? Event.Actor(kind: .unknown)
        let account =
            tape.nonEmptyString(tape.member(root, "recipientAccountId"))
            ?? identity.flatMap { tape.nonEmptyString(tape.member($0, "accountId")) }
        return Event(
            source: .awsCloudTrail,
            sourceEventID: tape.nonEmptyString(tape.member(root, "eventID")),
            time: time,
            account: account,
            region: tape.nonEmptyString(tape.member(root, "awsRegion")),
            actor: actor,
            action: action,
            targets: targets(tape, eventSource: eventSource),
            outcome: outcome(tape),
            sourceIP: tape.nonEmptyString(tape.member(root, "sourceIPAddress")),
            userAgent: tape.nonEmptyString(tape.member(root, "userAgent")),
            raw: Data(raw)
        )
    }

    // MARK: Stage 1: who

    func actor(_ tape: JSONTape, _ identity: Int) -> Event.Actor {
        let type = tape.string(tape.member(identity, "type"))
        let principalID = tape.nonEmptyString(tape.member(identity, "principalId"))
        let arn = tape.nonEmptyString(tape.member(identity, "arn"))
        let accessKey = tape.nonEmptyString(tape.member(identity, "accessKeyId"))
        let userName = tape.nonEmptyString(tape.member(identity, "userName"))
        let issuer = tape.value(identity, "sessionContext", "sessionIssuer")
        let issuerARN = issuer.flatMap { tape.nonEmptyString(tape.member($0, "arn")) }
        let issuerName = issuer.flatMap { tape.nonEmptyString(tape.member($0, "userName")) }
        let onBehalfOf = tape.value(identity, "onBehalfOf", "userId").flatMap { tape.nonEmptyString($0) }

        switch type {
        case "IAMUser":
            return Event.Actor(
                kind: .user, id: principalID, name: userName ?? arn.map(Self.lastPathComponent), session: accessKey)
        case "AssumedRole":
            let sessionName = arn.map(Self.lastPathComponent) ?? principalID.flatMap(Self.afterColon)
            let roleName = issuerName ?? arn.flatMap { Self.roleName(fromAssumedRoleARN: $0) }
            if let roleName, roleName.hasPrefix(Self.ssoRolePrefix) {
                // An IAM Identity Center user: the session name is the person's user name (often
                // their email), the role's middle part is the permission set.
                let permissionSet = Self.permissionSet(fromRoleName: roleName)
                return Event.Actor(
                    kind: .user,
                    id: onBehalfOf ?? principalID,
                    name: sessionName,
                    email: sessionName.flatMap { $0.containsAt ? $0 : nil },
                    session: accessKey,
                    viaRole: permissionSet
                )
            }
            return Event.Actor(
                kind: .role, id: principalID, name: sessionName, session: accessKey, viaRole: issuerARN ?? roleName)
        case "Root":
            return Event.Actor(
                kind: .root, id: principalID ?? tape.nonEmptyString(tape.member(identity, "accountId")),
                name: userName ?? "root", session: accessKey)
        case "AWSService":
            let service = tape.nonEmptyString(tape.member(identity, "invokedBy"))
            return Event.Actor(kind: .service, id: service ?? principalID, name: service)
        case "FederatedUser":
            let name = arn.flatMap(Self.lastPathComponentIfFederated) ?? principalID.flatMap(Self.afterColon)
            return Event.Actor(
                kind: .user, id: principalID, name: name, session: accessKey, viaRole: issuerARN ?? issuerName)
        case "IdentityCenterUser":
            return Event.Actor(
                kind: .user,
                id: onBehalfOf ?? principalID,
                name: userName,
                email: userName.flatMap { $0.containsAt ? $0 : nil },
                session: tape.nonEmptyString(tape.member(identity, "credentialId")) ?? accessKey
            )
        case "SAMLUser", "WebIdentityUser":
            return Event.Actor(
                kind: .user, id: principalID, name: userName, email: userName.flatMap { $0.containsAt ? $0 : nil },
                session: accessKey)
        case "AWSAccount":
            return Event.Actor(
                kind: .unknown, id: principalID ?? tape.nonEmptyString(tape.member(identity, "accountId")),
                name: tape.nonEmptyString(tape.member(identity, "accountId")))
        default:
            return Event.Actor(
                kind: .unknown, id: principalID, name: userName ?? arn.map(Self.lastPathComponent), session: accessKey,
                viaRole: issuerARN)
        }
    }

    /// `AWSReservedSSO_AdministratorAccess_0123456789abcdef` → `AdministratorAccess`.
    static func permissionSet(fromRoleName roleName: String) -> String {
        var middle = roleName[roleName.utf8.index(roleName.startIndex, offsetBy: ssoRolePrefix.utf8.count)...]
        if let underscore = middle.utf8.lastIndex(of: UInt8(ascii: "_")) { middle = middle[..<underscore] }
        return String(middle)
    }

    static func lastPathComponent(_ arn: String) -> String {
        arn.after(last: UInt8(ascii: "/")).map(String.init) ?? arn
    }

    static func lastPathComponentIfFederated(_ arn: String) -> String? {
        arn.contains(":federated-user/") ? lastPathComponent(arn) : nil
    }

    static func afterColon(_ principalID: String) -> String? {
        principalID.after(first: UInt8(ascii: ":")).map(String.init)
    }

    /// `arn:aws:sts::123:assumed-role/RoleName/session` → `RoleName`.
    static func roleName(fromAssumedRoleARN arn: String) -> String? {
        let parts = arn.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count >= 3, parts[0].hasSuffix(":assumed-role") else { return nil }
        return String(parts[1])
    }

    // MARK: Stage 2: what happened to what

    func outcome(_ tape: JSONTape) -> Event.Outcome {
        if let code = tape.member(0, "errorCode"), tape.kind(code) != .null { return .failure }
        // Console sign-ins report failure in the response, not as an error code.
        if let login = tape.value(0, "responseElements", "ConsoleLogin"), let result = tape.string(login) {
            return result == "Success" ? .success : .failure
        }
        return .success
    }

    /// Request parameters that name the resource acted on, with the resource type they name.
    private static let targetParameters: [(key: StaticString, type: String)] = [
        ("bucketName", "AWS::S3::Bucket"),
        ("userName", "AWS::IAM::User"),
        ("roleName", "AWS::IAM::Role"),
        ("groupName", "AWS::IAM::Group"),
        ("policyArn", "AWS::IAM::Policy"),
        ("functionName", "AWS::Lambda::Function"),
        ("secretId", "AWS::SecretsManager::Secret"),
        ("keyId", "AWS::KMS::Key"),
        ("trailName", "AWS::CloudTrail::Trail"),
        ("instanceId", "AWS::EC2::Instance"),
        ("imageId", "AWS::EC2::Image"),
        ("snapshotId", "AWS::EC2::Snapshot"),
        ("groupId", "AWS::EC2::SecurityGroup"),
        ("dBSnapshotIdentifier", "AWS::RDS::DBSnapshot"),
        ("accountId", "AWS::Organizations::Account"),
    ]

    func targets(_ tape: JSONTape, eventSource: String?) -> [Event.Target] {
        var targets: [Event.Target] = []
        if let resources = tape.member(0, "resources") {
            for resource in tape.elements(resources) {
                guard let arn = tape.nonEmptyString(tape.member(resource, "ARN")) else { continue }
                targets.append(
                    Event.Target(type: tape.nonEmptyString(tape.member(resource, "type")) ?? "AWS::Resource", id: arn))
            }
        }
        guard let parameters = tape.member(0, "requestParameters"), tape.kind(parameters) == .object else {
            return targets
        }
        for (key, type) in Self.targetParameters {
            if let value = tape.nonEmptyString(tape.member(parameters, key)) {
                append(Event.Target(type: type, id: value), to: &targets)
            }
        }
        // CloudTrail's own API names the trail `name`.
        if eventSource == "cloudtrail.amazonaws.com", let name = tape.nonEmptyString(tape.member(parameters, "name")) {
            append(Event.Target(type: "AWS::CloudTrail::Trail", id: name), to: &targets)
        }
        if let items = tape.value(parameters, "instancesSet", "items") {
            for item in tape.elements(items) {
                if let id = tape.nonEmptyString(tape.member(item, "instanceId")) {
                    append(Event.Target(type: "AWS::EC2::Instance", id: id), to: &targets)
                }
            }
        }
        return targets
    }

    private func append(_ target: Event.Target, to targets: inout [Event.Target]) {
        // An ARN from `resources` already names the same thing more precisely.
        guard
            !targets.contains(where: {
                $0.id == target.id || $0.id.hasSuffix("/" + target.id) || $0.id.hasSuffix(":" + target.id)
            })
        else { return }
        targets.append(target)
    }
}

import Foundation

/// Turns one CloudTrail record (as a trail, `lookup-events` or an export writes it) into an `Event`.
///
/// Field meanings follow the CloudTrail record contents reference
/// (https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-record-contents.html)
/// and the `userIdentity` element reference.
struct CloudTrailNormalizer {
    /// `AWSReservedSSO_<PermissionSet>_<16 hex>`: the role IAM Identity Center creates per permission set.
    static let ssoRolePrefix = "AWSReservedSSO_"

    /// The record's top-level members this normalizer reads, gathered in one pass.
    private enum Root: Int {
        case eventTime, eventName, eventSource, userIdentity, recipientAccountId, eventID, awsRegion, sourceIPAddress
        case userAgent, errorCode, responseElements, resources, requestParameters

        static let keys = JSONTape.KeySet([
            "eventTime", "eventName", "eventSource", "userIdentity", "recipientAccountId", "eventID", "awsRegion",
            "sourceIPAddress", "userAgent", "errorCode", "responseElements", "resources", "requestParameters",
        ])
    }

    func event(_ tape: JSONTape, raw: UnsafeRawBufferPointer) throws(RecordProblem) -> Event {
        let root = tape.members(0, Root.keys)
        func at(_ key: Root) -> Int? { root[key.rawValue] }
        guard let parsedTime = tape.withString(at(.eventTime), { Timestamp.parseISO8601(UnsafeRawBufferPointer($0)) })
        else {
            throw .missing("eventTime", in: "CloudTrail")
        }
        guard let time = parsedTime else {
            throw .badTimestamp("eventTime", tape.string(at(.eventTime)) ?? "")
        }
        guard let eventName = tape.nonEmptyString(at(.eventName)) else {
            throw .missing("eventName", in: "CloudTrail")
        }
        let eventSource = at(.eventSource)
        let action = tape.withString(eventSource) { source -> String in
            // `iam.amazonaws.com` + `CreateUser` → `iam:CreateUser`; the whole source when it has no dot.
            if let dot = source.firstIndex(of: UInt8(ascii: ".")) {
                return Self.joined(UnsafeBufferPointer(rebasing: source[..<dot]), eventName)
            }
            return source.isEmpty ? eventName : Self.joined(source, eventName)
        } ?? eventName
        let identity = at(.userIdentity)
        let actor = identity.map { self.actor(tape, $0) } ?? Event.Actor(kind: .unknown)
        let account =
            tape.nonEmptyString(at(.recipientAccountId))
            ?? identity.flatMap { tape.nonEmptyString(tape.member($0, "accountId")) }
        return Event(
            source: .awsCloudTrail,
            sourceEventID: tape.nonEmptyString(at(.eventID)),
            time: time,
            account: account,
            region: tape.nonEmptyString(at(.awsRegion)),
            actor: actor,
            action: action,
            targets: targets(
                tape, resources: at(.resources), parameters: at(.requestParameters),
                fromCloudTrail: tape.string(eventSource, equals: "cloudtrail.amazonaws.com")),
            outcome: outcome(tape, errorCode: at(.errorCode), response: at(.responseElements)),
            sourceIP: tape.nonEmptyString(at(.sourceIPAddress)),
            userAgent: tape.nonEmptyString(at(.userAgent)),
            raw: Data(raw)
        )
    }

    /// `service:name` built in one allocation.
    private static func joined(_ service: UnsafeBufferPointer<UInt8>, _ name: String) -> String {
        var name = name
        return name.withUTF8 { nameBytes in
            String(unsafeUninitializedCapacity: service.count + 1 + nameBytes.count) { out in
                var k = 0
                for byte in service {
                    out[k] = byte
                    k += 1
                }
                out[k] = UInt8(ascii: ":")
                k += 1
                for byte in nameBytes {
                    out[k] = byte
                    k += 1
                }
                return k
            }
        }
    }

    // MARK: Stage 1: who

    /// The `userIdentity` members the actor is made of, gathered in one pass.
    private enum Identity: Int {
        case type, principalId, arn, accessKeyId, userName, sessionContext, onBehalfOf, invokedBy, accountId
        case credentialId

        static let keys = JSONTape.KeySet([
            "type", "principalId", "arn", "accessKeyId", "userName", "sessionContext", "onBehalfOf", "invokedBy",
            "accountId", "credentialId",
        ])
    }

    /// The identity types CloudTrail writes that the actor depends on.
    private enum IdentityType: Int, CaseIterable {
        case iamUser, assumedRole, root, awsService, federatedUser, identityCenterUser, samlUser, webIdentityUser
        case awsAccount

        static let names: [StaticString] = [
            "IAMUser", "AssumedRole", "Root", "AWSService", "FederatedUser", "IdentityCenterUser", "SAMLUser",
            "WebIdentityUser", "AWSAccount",
        ]

        init?(_ tape: JSONTape, _ index: Int?) {
            guard let found = Self.allCases.first(where: { tape.string(index, equals: Self.names[$0.rawValue]) })
            else { return nil }
            self = found
        }
    }

    func actor(_ tape: JSONTape, _ identity: Int) -> Event.Actor {
        let fields = tape.members(identity, Identity.keys)
        func at(_ key: Identity) -> Int? { fields[key.rawValue] }
        let type = IdentityType(tape, at(.type))
        let principalID = tape.nonEmptyString(at(.principalId))
        let arnSlot = tape.withString(at(.arn)) { !$0.isEmpty } == true ? at(.arn) : nil
        let accessKey = tape.nonEmptyString(at(.accessKeyId))
        let userName = tape.nonEmptyString(at(.userName))
        let issuer = at(.sessionContext).flatMap { tape.member($0, "sessionIssuer") }
        let issuerARN = issuer.flatMap { tape.nonEmptyString(tape.member($0, "arn")) }
        let issuerName = issuer.flatMap { tape.nonEmptyString(tape.member($0, "userName")) }
        let onBehalfOf = at(.onBehalfOf).flatMap { tape.member($0, "userId") }.flatMap { tape.nonEmptyString($0) }
        /// The ARN's last path component (the whole ARN without a `/`), straight from its bytes.
        func arnLastPathComponent() -> String? {
            tape.withString(arnSlot) { bytes in
                let slash = bytes.lastIndex(of: UInt8(ascii: "/")).map { $0 + 1 } ?? 0
                return String(decoding: UnsafeBufferPointer(rebasing: bytes[slash...]), as: UTF8.self)
            }
        }

        switch type {
        case .iamUser?:
            return Event.Actor(
                kind: .user, id: principalID, name: userName ?? arnLastPathComponent(), session: accessKey)
        case .assumedRole?:
            let sessionName = arnLastPathComponent() ?? principalID.flatMap(Self.afterColon)
            let roleName = issuerName ?? tape.withString(arnSlot, Self.roleName(fromAssumedRoleARNBytes:)) ?? nil
            if let roleName, Self.isIdentityCenterRole(roleName) {
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
        case .root?:
            return Event.Actor(
                kind: .root, id: principalID ?? tape.nonEmptyString(at(.accountId)),
                name: userName ?? "root", session: accessKey)
        case .awsService?:
            let service = tape.nonEmptyString(at(.invokedBy))
            return Event.Actor(kind: .service, id: service ?? principalID, name: service)
        case .federatedUser?:
            let arn = tape.nonEmptyString(arnSlot)
            let name = arn.flatMap(Self.lastPathComponentIfFederated) ?? principalID.flatMap(Self.afterColon)
            return Event.Actor(
                kind: .user, id: principalID, name: name, session: accessKey, viaRole: issuerARN ?? issuerName)
        case .identityCenterUser?:
            return Event.Actor(
                kind: .user,
                id: onBehalfOf ?? principalID,
                name: userName,
                email: userName.flatMap { $0.containsAt ? $0 : nil },
                session: tape.nonEmptyString(at(.credentialId)) ?? accessKey
            )
        case .samlUser?, .webIdentityUser?:
            return Event.Actor(
                kind: .user, id: principalID, name: userName, email: userName.flatMap { $0.containsAt ? $0 : nil },
                session: accessKey)
        case .awsAccount?:
            return Event.Actor(
                kind: .unknown, id: principalID ?? tape.nonEmptyString(at(.accountId)),
                name: tape.nonEmptyString(at(.accountId)))
        default:
            return Event.Actor(
                kind: .unknown, id: principalID, name: userName ?? arnLastPathComponent(), session: accessKey,
                viaRole: issuerARN)
        }
    }

    /// Whether the role is one IAM Identity Center made (`String.hasPrefix`, on bytes for ASCII).
    static func isIdentityCenterRole(_ roleName: String) -> Bool {
        let prefix = ssoRolePrefix.utf8
        let bytes = roleName.utf8
        if bytes.starts(with: prefix) {
            // A combining mark after the `_` would make it another character.
            guard let next = bytes.dropFirst(prefix.count).first, next >= 0x80 else { return true }
        } else if bytes.allSatisfy({ $0 < 0x80 }) {
            return false
        }
        return roleName.hasPrefix(ssoRolePrefix)
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

    /// `arn:aws:sts::123:assumed-role/RoleName/session` → `RoleName`, from the ARN's bytes.
    static func roleName(fromAssumedRoleARNBytes bytes: UnsafeBufferPointer<UInt8>) -> String? {
        guard bytes.allSatisfy({ $0 < 0x80 }) else {
            return roleName(fromAssumedRoleARN: String(decoding: bytes, as: UTF8.self))
        }
        let slash = UInt8(ascii: "/")
        let marker = ":assumed-role".utf8
        guard let first = bytes.firstIndex(of: slash), first >= marker.count,
            bytes[(first - marker.count)..<first].elementsEqual(marker),
            let second = bytes[(first + 1)...].firstIndex(of: slash)
        else { return nil }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[(first + 1)..<second]), as: UTF8.self)
    }

    /// `arn:aws:sts::123:assumed-role/RoleName/session` → `RoleName`.
    static func roleName(fromAssumedRoleARN arn: String) -> String? {
        let parts = arn.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count >= 3, parts[0].hasSuffix(":assumed-role") else { return nil }
        return String(parts[1])
    }

    // MARK: Stage 2: what happened to what

    func outcome(_ tape: JSONTape, errorCode: Int?, response: Int?) -> Event.Outcome {
        if let errorCode, tape.kind(errorCode) != .null { return .failure }
        // Console sign-ins report failure in the response, not as an error code.
        if let login = response.flatMap({ tape.member($0, "ConsoleLogin") }), tape.kind(login) == .string {
            return tape.string(login, equals: "Success") ? .success : .failure
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
        // CloudTrail's own API names the trail `name`.
        ("name", "AWS::CloudTrail::Trail"),
    ]
    private static let targetKeys = JSONTape.KeySet(targetParameters.map(\.key))

    func targets(_ tape: JSONTape, resources: Int?, parameters: Int?, fromCloudTrail: Bool) -> [Event.Target] {
        var targets: [Event.Target] = []
        if let resources {
            for resource in tape.elements(resources) {
                guard let arn = tape.nonEmptyString(tape.member(resource, "ARN")) else { continue }
                targets.append(
                    Event.Target(type: tape.nonEmptyString(tape.member(resource, "type")) ?? "AWS::Resource", id: arn))
            }
        }
        guard let parameters, tape.kind(parameters) == .object else {
            return targets
        }
        let found = tape.members(parameters, Self.targetKeys)
        let named = fromCloudTrail ? Self.targetParameters.count : Self.targetParameters.count - 1
        for slot in 0..<named {
            if let value = tape.nonEmptyString(found[slot]) {
                append(Event.Target(type: Self.targetParameters[slot].type, id: value), to: &targets)
            }
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
        guard !targets.contains(where: { Self.names($0.id, target.id) }) else { return }
        targets.append(target)
    }

    /// Whether `id` is `other`, or ends in `/other` or `:other`; on bytes for ASCII, where that
    /// is what the String comparison means.
    private static func names(_ id: String, _ other: String) -> Bool {
        guard id.utf8.allSatisfy({ $0 < 0x80 }), other.utf8.allSatisfy({ $0 < 0x80 }) else {
            return id == other || id.hasSuffix("/" + other) || id.hasSuffix(":" + other)
        }
        let whole = id.utf8.count
        let part = other.utf8.count
        guard whole >= part, id.utf8.suffix(part).elementsEqual(other.utf8) else { return false }
        if whole == part { return true }
        let before = id.utf8[id.utf8.index(id.utf8.startIndex, offsetBy: whole - part - 1)]
        return before == UInt8(ascii: "/") || before == UInt8(ascii: ":")
    }
}

public import Foundation

/// One audit record from any source, normalized (OCSF-aligned) so one query, trace or detection
/// rule works across CloudTrail, GitHub, Okta and Identity Center. The verbatim record travels
/// with it: normalization is for finding things, the raw bytes are the evidence.
public struct Event: Sendable, Hashable {
    /// The system that wrote the record.
    public var source: SourceKind
    /// The source's own event id when it has one (CloudTrail `eventID`, GitHub `_document_id`,
    /// Okta `uuid`); used to store a record once however often it is ingested.
    public var sourceEventID: String?
    public var time: Date
    /// Account or tenant the action happened in (AWS account id, GitHub org, Okta domain).
    public var account: String?
    public var region: String?
    public var actor: Actor
    /// The action, namespaced by service where the source has one (`cloudtrail:StopLogging`,
    /// `repo.create`, `user.session.start`).
    public var action: String
    public var targets: [Target]
    public var outcome: Outcome
    public var sourceIP: String?
    public var userAgent: String?
    /// The record exactly as the source wrote it (UTF-8 JSON).
    public var raw: Data

    public init(
        source: SourceKind,
        sourceEventID: String?,
        time: Date,
        account: String?,
        region: String?,
        actor: Actor,
        action: String,
        targets: [Target] = [],
        outcome: Outcome,
        sourceIP: String?,
        userAgent: String?,
        raw: Data
    ) {
        self.source = source
        self.sourceEventID = sourceEventID
        self.time = time
        self.account = account
        self.region = region
        self.actor = actor
        self.action = action
        self.targets = targets
        self.outcome = outcome
        self.sourceIP = sourceIP
        self.userAgent = userAgent
        self.raw = raw
    }

    /// Systems whose audit logs Groundwork reads.
    public enum SourceKind: String, Sendable, Hashable, CaseIterable, Codable {
        case awsCloudTrail = "aws-cloudtrail"
        case github
        case okta
    }

    /// Who acted.
    public struct Actor: Sendable, Hashable, Codable {
        public enum Kind: String, Sendable, Hashable, Codable {
            case user
            case role
            case service
            case root
            case unknown
        }

        public var kind: Kind
        /// Stable identifier (principal id, GitHub user id, Okta user id).
        public var id: String?
        /// Human name as the source gives it (IAM user name, SSO user, GitHub login).
        public var name: String?
        public var email: String?
        /// Session identifier (CloudTrail access key id or session name, Okta session id).
        public var session: String?
        /// The role the actor came through (an SSO permission-set role, an assumed role ARN).
        public var viaRole: String?

        public init(
            kind: Kind, id: String? = nil, name: String? = nil, email: String? = nil, session: String? = nil,
            viaRole: String? = nil
        ) {
            self.kind = kind
            self.id = id
            self.name = name
            self.email = email
            self.session = session
            self.viaRole = viaRole
        }
    }

    /// What was acted on.
    public struct Target: Sendable, Hashable, Codable {
        public var type: String
        public var id: String

        public init(type: String, id: String) {
            self.type = type
            self.id = id
        }
    }

    public enum Outcome: String, Sendable, Hashable, Codable {
        case success
        case failure
        case unknown
    }
}

import Foundation

/// Turns one GitHub organization audit log entry (the REST API / export shape) into an `Event`.
///
/// Fields per GitHub's "Audit log events for your organization" and the REST
/// `GET /orgs/{org}/audit-log` schema: `@timestamp` and `created_at` are milliseconds since 1970,
/// `_document_id` identifies the entry, `actor`/`actor_id` who acted, `org`/`repo`/`user`/`team`
/// what was acted on.
struct GitHubNormalizer {
    func event(_ tape: JSONTape, raw: UnsafeRawBufferPointer) throws(RecordProblem) -> Event {
        let root = 0
        guard let action = tape.nonEmptyString(tape.member(root, "action")) else {
            throw .missing("action", in: "GitHub")
        }
        let time = try self.time(tape)
        let actorName = tape.nonEmptyString(tape.member(root, "actor"))
        let actorID = id(tape, tape.member(root, "actor_id"))
        let identity = tape.nonEmptyString(tape.member(root, "external_identity_nameid"))
        let kind: Event.Actor.Kind =
            if let actorName { actorName.hasSuffix("[bot]") ? .service : .user } else { .unknown }
        var targets: [Event.Target] = []
        // Git events (`git.clone`, `git.push`) name the repository `repository`.
        if let repo = tape.nonEmptyString(tape.member(root, "repo"))
            ?? tape.nonEmptyString(tape.member(root, "repository"))
        {
            targets.append(Event.Target(type: "repository", id: repo))
        }
        if let user = tape.nonEmptyString(tape.member(root, "user")) {
            targets.append(Event.Target(type: "user", id: user))
        }
        if let team = tape.nonEmptyString(tape.member(root, "team")) {
            targets.append(Event.Target(type: "team", id: team))
        }
        return Event(
            source: .github,
            sourceEventID: tape.nonEmptyString(tape.member(root, "_document_id")),
            time: time,
            account: tape.nonEmptyString(tape.member(root, "org"))
                ?? tape.nonEmptyString(tape.member(root, "business")),
            region: nil,
            actor: Event.Actor(
                kind: kind,
                id: actorID,
                name: actorName,
                email: identity.flatMap { $0.containsAt ? $0 : nil },
                // The hash of the token used (PAT, app or OAuth token) ties actions to one credential.
                session: tape.nonEmptyString(tape.member(root, "hashed_token"))
            ),
            action: action,
            targets: targets,
            // The audit log records actions that happened; it has no outcome field.
            outcome: .success,
            sourceIP: tape.nonEmptyString(tape.member(root, "actor_ip")),
            userAgent: tape.nonEmptyString(tape.member(root, "user_agent")),
            raw: Data(raw)
        )
    }

    private func time(_ tape: JSONTape) throws(RecordProblem) -> Date {
        for field: StaticString in ["@timestamp", "created_at"] {
            guard let value = tape.member(0, field) else { continue }
            if let milliseconds = tape.integer(value), milliseconds > 0 {
                return Timestamp.fromMilliseconds(milliseconds)
            }
            if let text = tape.string(value), let date = Timestamp.parseISO8601(text) { return date }
            throw .badTimestamp("\(field)", tape.string(value) ?? tape.numberText(value) ?? "(not a string or number)")
        }
        throw .missing("@timestamp", in: "GitHub")
    }

    private func id(_ tape: JSONTape, _ index: Int?) -> String? {
        guard let index else { return nil }
        if let number = tape.integer(index) { return String(number) }
        return tape.nonEmptyString(index)
    }
}

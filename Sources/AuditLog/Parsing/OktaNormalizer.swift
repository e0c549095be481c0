import Foundation

/// Turns one Okta System Log event (the `LogEvent` object of `GET /api/v1/logs`) into an `Event`.
///
/// Fields per Okta's System Log API reference: `uuid`, `published`, `eventType`,
/// `actor{id,type,alternateId,displayName}`, `client{ipAddress,userAgent{rawUserAgent}}`,
/// `outcome{result}`, `target[]`, `authenticationContext{externalSessionId}`.
struct OktaNormalizer {
    func event(_ tape: JSONTape, raw: UnsafeRawBufferPointer) throws(RecordProblem) -> Event {
        let root = 0
        guard let eventType = tape.nonEmptyString(tape.member(root, "eventType")) else {
            throw .missing("eventType", in: "Okta")
        }
        guard let published = tape.string(tape.member(root, "published")) else {
            throw .missing("published", in: "Okta")
        }
        guard let time = Timestamp.parseISO8601(published) else { throw .badTimestamp("published", published) }
        var actor = Event.Actor(kind: .unknown)
        if let node = tape.member(root, "actor") {
            let alternateID = tape.nonEmptyString(tape.member(node, "alternateId"))
            actor = Event.Actor(
                kind: kind(tape.string(tape.member(node, "type"))),
                id: tape.nonEmptyString(tape.member(node, "id")),
                name: tape.nonEmptyString(tape.member(node, "displayName")) ?? alternateID,
                email: alternateID.flatMap { $0.containsAt ? $0 : nil },
                session: tape.value(root, "authenticationContext", "externalSessionId").flatMap {
                    tape.nonEmptyString($0)
                }
            )
        }
        var targets: [Event.Target] = []
        if let list = tape.member(root, "target") {
            for target in tape.elements(list) {
                guard let id = tape.nonEmptyString(tape.member(target, "id")) else { continue }
                targets.append(
                    Event.Target(type: tape.nonEmptyString(tape.member(target, "type")) ?? "unknown", id: id))
            }
        }
        let client = tape.member(root, "client")
        return Event(
            source: .okta,
            sourceEventID: tape.nonEmptyString(tape.member(root, "uuid")),
            time: time,
            account: nil,
            region: nil,
            actor: actor,
            action: eventType,
            targets: targets,
            outcome: outcome(tape.value(root, "outcome", "result").flatMap { tape.string($0) }),
            sourceIP: client.flatMap { tape.nonEmptyString(tape.member($0, "ipAddress")) },
            userAgent: client.flatMap { tape.value($0, "userAgent", "rawUserAgent") }.flatMap {
                tape.nonEmptyString($0)
            },
            raw: Data(raw)
        )
    }

    private func kind(_ type: String?) -> Event.Actor.Kind {
        switch type {
        case "User": .user
        case "SystemPrincipal", "PublicClientApp", "AppInstance", "Client": .service
        default: .unknown
        }
    }

    /// Okta's results: SUCCESS, FAILURE, SKIPPED, ALLOW, DENY, CHALLENGE, UNKNOWN.
    private func outcome(_ result: String?) -> Event.Outcome {
        switch result {
        case "SUCCESS", "ALLOW": .success
        case "FAILURE", "DENY": .failure
        default: .unknown
        }
    }
}

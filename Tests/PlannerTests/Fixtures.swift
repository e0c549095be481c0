import Planner

/// Small builders for the resources the tests plan over.
enum Fixture {
    static func unit(_ path: String, id: String? = nil) -> Resource {
        let parent = path.lastIndex(of: "/").map { ResourceAddress(.unit, String(path[..<$0])) }
        return Resource(
            ResourceAddress(.unit, path), area: .organization,
            attributes: ["name": .string(String(path.split(separator: "/").last ?? ""))], parent: parent, providerID: id
        )
    }

    static func account(_ key: String, in unit: String?, email: String? = nil, id: String? = nil) -> Resource {
        Resource(
            ResourceAddress(.account, key),
            area: .organization,
            attributes: ["email": .string(email ?? "\(key)@example.com")],
            parent: unit.map { ResourceAddress(.unit, $0) },
            providerID: id
        )
    }

    static func person(_ key: String, id: String? = nil) -> Resource {
        Resource(
            ResourceAddress(.person, key), area: .identity, attributes: ["email": .string("\(key)@example.com")],
            providerID: id)
    }

    static func group(_ name: String, id: String? = nil) -> Resource {
        Resource(ResourceAddress(.group, name), area: .identity, providerID: id)
    }

    static func membership(_ group: String, _ person: String, id: String? = nil) -> Resource {
        Resource(
            ResourceAddress(.membership, "\(group)/\(person)"),
            area: .identity,
            dependencies: [ResourceAddress(.group, group), ResourceAddress(.person, person)],
            providerID: id
        )
    }

    static func profile(_ name: String, session: Int = 3600, id: String? = nil) -> Resource {
        Resource(
            ResourceAddress(.profile, name), area: .identity, attributes: ["session-seconds": .int(session)],
            providerID: id)
    }

    static func assignment(_ group: String, _ profile: String, _ account: String, id: String? = nil) -> Resource {
        Resource(
            ResourceAddress(.assignment, "\(group)/\(profile)/\(account)"),
            area: .identity,
            dependencies: [
                ResourceAddress(.group, group), ResourceAddress(.profile, profile), ResourceAddress(.account, account),
            ],
            providerID: id
        )
    }

    static func guardrail(_ name: String, document: String, id: String? = nil) -> Resource {
        Resource(
            ResourceAddress(.guardrail, name), area: .guardrails, attributes: ["document": .document(document)],
            providerID: id)
    }

    /// A small organization: two units, three accounts, a group with two people, a profile and
    /// an assignment, a guardrail.
    static var organization: [Resource] {
        [
            unit("Workloads"), unit("Workloads/Production"), unit("Security"),
            account("prod", in: "Workloads/Production"), account("audit", in: "Security"), account("sandbox", in: nil),
            person("alice"), person("bob"), group("admins"),
            membership("admins", "alice"), membership("admins", "bob"),
            profile("Admin"), assignment("admins", "Admin", "prod"),
            guardrail(
                "deny-root-user",
                document: #"{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":"*","Resource":"*"}]}"#),
        ]
    }

    /// `resources` as a provider would read them back: each with a provider id.
    static func live(_ resources: [Resource]) -> [Resource] {
        resources.map { resource in
            var copy = resource
            copy.providerID = "live-\(resource.address)"
            return copy
        }
    }
}

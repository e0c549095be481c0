import Support
import YAML

extension SpecReader {
    // MARK: - units

    /// Reads `units:`. Parents are implied: `Workloads/Production` declares `Workloads` too,
    /// placed just before its first child so the list stays parents-first.
    mutating func readUnits(_ pair: YAMLNode.Pair) -> [OrgUnit] {
        record("units", pair.key)
        guard let entries = entries(of: pair.value, at: "units") else {
            unreadable.insert(.unit)
            return []
        }
        var paths: [String] = []
        var known: Set<String> = []
        for entry in entries {
            let components = entry.name.split(separator: "/", omittingEmptySubsequences: false)
            let valid = components.allSatisfy {
                !$0.isEmpty && $0.count <= 128 && $0.first?.isWhitespace == false && $0.last?.isWhitespace == false
            }
            guard valid else {
                fail(
                    "unit path '\(entry.name)' is not valid; write unit names of 1 to 128 characters separated by '/', such as Workloads/Production",
                    at: entry.key.location
                )
                declare(.unit, entry.name)
                continue
            }
            _ = fields(of: entry.value, at: "units.\(entry.name)", allowed: [])
            for depth in 1...components.count {
                let path = components.prefix(depth).joined(separator: "/")
                let explicit = depth == components.count
                if known.insert(path).inserted {
                    paths.append(path)
                    declare(.unit, path)
                    record("units.\(path)", entry.key)
                } else if explicit {
                    record("units.\(path)", entry.key)
                }
            }
        }
        return paths.map(OrgUnit.init(path:))
    }

    // MARK: - accounts

    static let accountKeys = ["email", "unit", "role", "stage", "user-data"]

    mutating func readAccounts(_ pair: YAMLNode.Pair) -> [Account] {
        record("accounts", pair.key)
        guard let entries = entries(of: pair.value, at: "accounts") else {
            unreadable.insert(.account)
            return []
        }
        var accounts: [Account] = []
        var emails: [String: String] = [:]
        var management: String?
        for entry in entries {
            let path = "accounts.\(entry.name)"
            declare(.account, entry.name)
            record(path, entry.key)
            checkName(entry, noun: "account")
            guard let fields = fields(of: entry.value, at: path, allowed: Self.accountKeys) else { continue }
            for (key, field) in fields { record("\(path).\(key)", field.value) }

            var email: String?
            if let field = fields["email"] {
                email = string(field.value, at: "\(path).email")
                if let address = email {
                    checkEmail(address, at: "\(path).email", node: field.value, maxLength: 64)
                    let folded = address.lowercased()
                    if let other = emails[folded] {
                        fail(
                            "\(path).email '\(address)' is already used by accounts.\(other); every account needs its own address",
                            at: field.value.location
                        )
                    } else {
                        emails[folded] = entry.name
                    }
                }
            } else {
                missing("email", in: path, at: entry.key.location)
            }
            var account = Account(key: entry.name, email: email ?? "")
            if let field = fields["unit"], let unit = string(field.value, at: "\(path).unit") {
                account.unit = unit
                refer(to: .unit, unit, at: "\(path).unit", node: field.value)
            }
            if let field = fields["role"] {
                account.role = choice(field.value, at: "\(path).role", noun: "account role")
                if account.role == .management {
                    if let management {
                        fail(
                            "\(path).role says management, but accounts.\(management) already is the management account; an organization has exactly one",
                            at: field.value.location
                        )
                    }
                    management = management ?? entry.name
                }
            }
            if let field = fields["stage"] {
                account.stage = choice(field.value, at: "\(path).stage", noun: "stage")
            }
            if let field = fields["user-data"], let value = bool(field.value, at: "\(path).user-data") {
                account.userData = value
            }
            if email != nil { accounts.append(account) }
        }
        return accounts
    }

    // MARK: - people

    static let personKeys = ["email", "name"]

    mutating func readPeople(_ pair: YAMLNode.Pair) -> [Person] {
        record("people", pair.key)
        guard let entries = entries(of: pair.value, at: "people") else {
            unreadable.insert(.person)
            return []
        }
        var people: [Person] = []
        for entry in entries {
            let path = "people.\(entry.name)"
            declare(.person, entry.name)
            record(path, entry.key)
            checkName(entry, noun: "person")
            guard let fields = fields(of: entry.value, at: path, allowed: Self.personKeys) else { continue }
            for (key, field) in fields { record("\(path).\(key)", field.value) }
            let name = fields["name"].flatMap { string($0.value, at: "\(path).name") }
            guard let emailField = fields["email"] else {
                missing("email", in: path, at: entry.key.location)
                continue
            }
            guard let email = string(emailField.value, at: "\(path).email") else { continue }
            checkEmail(email, at: "\(path).email", node: emailField.value)
            people.append(Person(key: entry.name, email: email, displayName: name))
        }
        return people
    }
}

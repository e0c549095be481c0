public import Foundation

extension PolicyDocument {
    /// The document as a JSON tree, keys in the order AWS documents them.
    var jsonValue: JSONText.Value {
        var members: [(String, JSONText.Value)] = [("Version", .string(Self.version))]
        if let id { members.append(("Id", .string(id))) }
        members.append(("Statement", .array(statements.map(\.jsonValue))))
        return .object(members)
    }

    /// Reads a policy document as AWS returns it (from `DescribePolicy`, `GetBucketPolicy`, a file).
    ///
    /// Accepts both spellings AWS allows: a single string or an array for `Action`, `Resource` and
    /// condition values, and a single statement object instead of an array. Booleans and numbers
    /// in conditions become strings, as IAM compares them.
    /// - Throws: `PolicyError` with code `.invalidDocument` naming the element at fault.
    public init(json: String) throws {
        try self.init(jsonData: Data(json.utf8))
    }

    /// Reads a policy document from UTF-8 JSON bytes; see ``init(json:)``.
    public init(jsonData: Data) throws {
        let root: Any
        do {
            root = try JSONSerialization.jsonObject(with: jsonData)
        } catch {
            throw PolicyError(.invalidDocument, "the policy is not valid JSON: \(error.localizedDescription)")
        }
        guard let object = root as? [String: Any] else {
            throw PolicyError(.invalidDocument, "a policy must be one JSON object with 'Version' and 'Statement'")
        }
        if let version = object["Version"] as? String, version != Self.version {
            throw PolicyError(.invalidDocument, "policy version '\(version)' is not supported; use '\(Self.version)'")
        }
        let rawStatements: [Any]
        switch object["Statement"] {
        case let list as [Any]: rawStatements = list
        case let single as [String: Any]: rawStatements = [single]
        default: throw PolicyError(.invalidDocument, "the policy has no 'Statement' list")
        }
        self.init(
            id: object["Id"] as? String,
            statements: try rawStatements.enumerated().map { index, raw in
                guard let statement = raw as? [String: Any] else {
                    throw PolicyError(.invalidDocument, "statement \(index + 1) is not a JSON object")
                }
                return try PolicyStatement(jsonObject: statement, index: index)
            }
        )
    }
}

extension PolicyStatement {
    var jsonValue: JSONText.Value {
        var members: [(String, JSONText.Value)] = []
        if let sid { members.append(("Sid", .string(sid))) }
        members.append(("Effect", .string(effect.rawValue)))
        if let principal { members.append(("Principal", principal.jsonValue)) }
        switch actions {
        case .action(let list): members.append(("Action", Self.stringOrArray(list)))
        case .notAction(let list): members.append(("NotAction", Self.stringOrArray(list)))
        }
        switch resources {
        case .resource(let list): members.append(("Resource", Self.stringOrArray(list)))
        case .notResource(let list): members.append(("NotResource", Self.stringOrArray(list)))
        }
        if !condition.isEmpty { members.append(("Condition", condition.jsonValue)) }
        return .object(members)
    }

    /// One value prints as a plain string (shorter, as AWS's own examples do); several as an array.
    static func stringOrArray(_ list: [String]) -> JSONText.Value {
        list.count == 1 ? .string(list[0]) : .array(list.map(JSONText.Value.string))
    }

    init(jsonObject object: [String: Any], index: Int) throws {
        let name = "statement \(index + 1)"
        guard let effectText = object["Effect"] as? String, let effect = Effect(rawValue: effectText) else {
            throw PolicyError(.invalidDocument, "\(name) needs 'Effect' set to 'Allow' or 'Deny'")
        }
        let actions: Actions
        if let list = try Self.strings(object["Action"], "\(name) 'Action'") {
            actions = .action(list)
        } else if let list = try Self.strings(object["NotAction"], "\(name) 'NotAction'") {
            actions = .notAction(list)
        } else {
            throw PolicyError(.invalidDocument, "\(name) needs 'Action' or 'NotAction'")
        }
        let resources: Resources
        if let list = try Self.strings(object["Resource"], "\(name) 'Resource'") {
            resources = .resource(list)
        } else if let list = try Self.strings(object["NotResource"], "\(name) 'NotResource'") {
            resources = .notResource(list)
        } else {
            throw PolicyError(.invalidDocument, "\(name) needs 'Resource' or 'NotResource'")
        }
        var condition = PolicyCondition()
        if let rawCondition = object["Condition"] {
            guard let operators = rawCondition as? [String: Any] else {
                throw PolicyError(.invalidDocument, "\(name) 'Condition' must be an object")
            }
            for (operatorName, rawKeys) in operators {
                guard let keys = rawKeys as? [String: Any] else {
                    throw PolicyError(.invalidDocument, "\(name) condition '\(operatorName)' must map keys to values")
                }
                for (key, rawValues) in keys {
                    let values = try Self.strings(rawValues, "\(name) condition '\(operatorName)' '\(key)'") ?? []
                    condition.set(ConditionOperator(rawValue: operatorName), key, values)
                }
            }
        }
        self.init(
            sid: object["Sid"] as? String,
            effect: effect,
            principal: try PolicyPrincipal(jsonValue: object["Principal"], statement: name),
            actions: actions,
            resources: resources,
            condition: condition
        )
    }

    /// A string, a boolean, a number or an array of them, as strings; nil when absent.
    static func strings(_ raw: Any?, _ what: String) throws -> [String]? {
        guard let raw else { return nil }
        if let list = raw as? [Any] { return try list.map { try scalar($0, what) } }
        return [try scalar(raw, what)]
    }

    /// JSON `true`/`false` arrive as `Bool` on Linux and as a boolean `NSNumber` on Darwin.
    private static func isBooleanNumber(_ raw: Any) -> Bool {
        guard let number = raw as? NSNumber else { return false }
        let type = String(cString: number.objCType)
        return type == "c" || type == "B"
    }

    private static func scalar(_ raw: Any, _ what: String) throws -> String {
        if let text = raw as? String { return text }
        if let flag = raw as? Bool, !(raw is NSNumber) || isBooleanNumber(raw) { return flag ? "true" : "false" }
        if let number = raw as? NSNumber { return number.stringValue }
        throw PolicyError(.invalidDocument, "\(what) must hold strings")
    }
}

extension PolicyPrincipal {
    var jsonValue: JSONText.Value {
        switch self {
        case .anyone: .string("*")
        case .service(let names): .object([("Service", PolicyStatement.stringOrArray(names))])
        case .aws(let arns): .object([("AWS", PolicyStatement.stringOrArray(arns))])
        }
    }

    init?(jsonValue raw: Any?, statement: String) throws {
        guard let raw else { return nil }
        if let text = raw as? String, text == "*" {
            self = .anyone
            return
        }
        guard let object = raw as? [String: Any], object.count == 1, let (kind, value) = object.first else {
            throw PolicyError(
                .invalidDocument, "\(statement) 'Principal' must be \"*\" or one of {\"Service\": …} or {\"AWS\": …}")
        }
        let names = try PolicyStatement.strings(value, "\(statement) 'Principal'") ?? []
        switch kind {
        case "Service": self = .service(names)
        case "AWS": self = names == ["*"] ? .anyone : .aws(names)
        default:
            throw PolicyError(
                .invalidDocument, "\(statement) principal type '\(kind)' is not supported; use 'Service' or 'AWS'")
        }
    }
}

extension PolicyCondition {
    var jsonValue: JSONText.Value {
        .object(
            clauses.keys.sorted().map { operatorName in
                let keys = clauses[operatorName] ?? [:]
                return (
                    operatorName,
                    .object(keys.keys.sorted().map { ($0, PolicyStatement.stringOrArray(keys[$0] ?? [])) })
                )
            }
        )
    }
}

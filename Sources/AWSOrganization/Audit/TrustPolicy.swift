import Foundation

/// Reads IAM policy documents just enough to judge them: who a role trusts, and who a key or
/// bucket policy allows to do what.
enum TrustPolicy {
    /// One Allow statement: its principals and actions (wildcards kept as written).
    struct Grant: Sendable, Hashable {
        var principals: [String]
        var actions: [String]
        var hasCondition: Bool
    }

    /// Principals of the Allow statements of a trust policy, which IAM returns URL-encoded.
    static func principals(_ document: String) -> [String] {
        grants(document).flatMap(\.principals).sorted()
    }

    /// The Allow statements of `document` (URL-encoded or not).
    static func grants(_ document: String) -> [Grant] {
        let text = document.contains("%7B") || document.contains("%22") ? (document.removingPercentEncoding ?? document) : document
        guard let object = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any] else { return [] }
        let statements: [[String: Any]]
        if let list = object["Statement"] as? [[String: Any]] {
            statements = list
        } else if let one = object["Statement"] as? [String: Any] {
            statements = [one]
        } else {
            statements = []
        }
        return statements.compactMap { statement in
            guard (statement["Effect"] as? String) == "Allow" else { return nil }
            var principals: [String] = []
            if let star = statement["Principal"] as? String {
                principals.append(star)
            } else if let map = statement["Principal"] as? [String: Any] {
                for value in map.values { principals += strings(value) }
            }
            return Grant(
                principals: principals, actions: strings(statement["Action"] as Any),
                hasCondition: statement["Condition"] != nil)
        }
    }

    static func strings(_ value: Any) -> [String] {
        if let text = value as? String { return [text] }
        if let list = value as? [Any] { return list.compactMap { $0 as? String } }
        return []
    }

    /// Whether an action pattern (`kms:*`, `*`, `s3:Put*`) covers `action`, case-insensitively.
    static func pattern(_ pattern: String, covers action: String) -> Bool {
        let pattern = pattern.lowercased()
        let action = action.lowercased()
        guard let star = pattern.firstIndex(of: "*") else { return pattern == action }
        let prefix = pattern[..<star]
        let suffix = pattern[pattern.index(after: star)...]
        if suffix.contains("*") { return action.hasPrefix(prefix) }
        return action.hasPrefix(prefix) && action.hasSuffix(suffix) && action.count >= prefix.count + suffix.count
    }
}

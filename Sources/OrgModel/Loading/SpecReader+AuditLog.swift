import Support
import YAML

extension SpecReader {
    static let auditLogKeys = ["archive", "retention", "immutable", "readers", "sources", "break-glass-role"]
    static let namedSources: [String: LogSource] = [
        "aws-cloudtrail": .awsCloudTrail, "identity-center": .identityCenter,
    ]
    static let keyedSources = ["github", "okta"]

    mutating func readAuditLog(_ pair: YAMLNode.Pair) -> AuditLogPolicy {
        record("audit-log", pair.key)
        var policy = AuditLogPolicy()
        guard let fields = fields(of: pair.value, at: "audit-log", allowed: Self.auditLogKeys) else { return policy }
        for (key, field) in fields { record("audit-log.\(key)", field.value) }
        if let field = fields["archive"], let archive = string(field.value, at: "audit-log.archive") {
            policy.archive = archive
            refer(to: .account, archive, at: "audit-log.archive", node: field.value)
        }
        if let field = fields["retention"] {
            policy.retention = retention(field.value, at: "audit-log.retention")
        }
        if let field = fields["immutable"], let value = bool(field.value, at: "audit-log.immutable") {
            policy.immutable = value
        }
        if let field = fields["readers"], let readers = strings(field.value, at: "audit-log.readers") {
            for reader in readers {
                refer(to: .group, reader.text, at: "audit-log.readers[\(reader.index)]", node: reader.node)
            }
            policy.readers = readers.map(\.text)
        }
        if let field = fields["sources"], let items = list(field.value, at: "audit-log.sources") {
            policy.sources = readSources(items)
        }
        if let field = fields["break-glass-role"] {
            policy.breakGlassRole = string(field.value, at: "audit-log.break-glass-role")
        }
        return policy
    }

    mutating func retention(_ node: YAMLNode, at path: String) -> RetentionPeriod? {
        guard let text = token(node, at: path) else { return nil }
        guard let period = RetentionPeriod(parsing: text) else {
            let digits = text.prefix { $0.isASCII && $0.isNumber }
            if !digits.isEmpty, text.dropFirst(digits.count) == "m" {
                fail(
                    "\(path) '\(text)' is ambiguous; write months as \(digits)mo (or days as \(digits)d)",
                    at: node.location)
            } else if !digits.isEmpty, Int(digits) == 0 {
                fail("\(path) '\(text)' must be longer than zero", at: node.location)
            } else {
                fail(
                    "\(path) '\(text)' is not a period; write days, months or years such as 400d, 18mo or 7y",
                    at: node.location)
            }
            return nil
        }
        guard period <= RetentionPeriod.longest else {
            fail("\(path) '\(text)' is longer than 100y, the longest S3 Object Lock allows", at: node.location)
            return nil
        }
        return period
    }

    mutating func readSources(_ items: [YAMLNode]) -> [LogSource] {
        var sources: [LogSource] = []
        var seen: [LogSource: SourceLocation] = [:]
        let validNames = Array(Self.namedSources.keys).sorted() + Self.keyedSources.map { "{ \($0): … }" }
        for (index, item) in items.enumerated() {
            let path = "audit-log.sources[\(index)]"
            record(path, item)
            var source: LogSource?
            if item.scalar != nil {
                guard let name = string(item, at: path) else { continue }
                source = Self.namedSources[name]
                if source == nil {
                    var message =
                        "\(path) '\(name)' is not a known source; expected one of \(validNames.joined(separator: ", "))"
                    if Self.keyedSources.contains(name) {
                        message =
                            "\(path) '\(name)' needs to say which one; write { \(name): \(name == "github" ? "your-org" : "your-org.okta.com") }"
                    } else if let suggestion = Spelling.suggestion(for: name, among: Self.namedSources.keys) {
                        message = "\(path) '\(name)' is not a known source; did you mean '\(suggestion)'?"
                    }
                    fail(message, at: item.location)
                    continue
                }
            } else if let pairs = item.mapping {
                guard pairs.count == 1, let pair = pairs.first, let key = pair.key.scalar?.value else {
                    fail(
                        "\(path) must name one source, such as { github: acme } or { okta: acme.okta.com }",
                        at: item.location)
                    continue
                }
                guard Self.keyedSources.contains(key) else {
                    var message = "unknown key '\(key)' in \(path)"
                    if let suggestion = Spelling.suggestion(for: key, among: Self.keyedSources) {
                        message += "; did you mean '\(suggestion)'?"
                    } else {
                        message += "; expected one of \(Self.keyedSources.joined(separator: ", "))"
                    }
                    fail(message, at: pair.key.location)
                    continue
                }
                guard let value = string(pair.value, at: "\(path).\(key)") else { continue }
                source = key == "github" ? .github(organization: value) : .okta(domain: value)
            } else {
                fail(
                    "\(path) must be a source name or { github: org } / { okta: domain }, found \(item.kindDescription)",
                    at: item.location)
                continue
            }
            guard let source else { continue }
            if let first = seen[source] {
                fail("\(path) is listed twice (first at \(first.line):\(first.column)); remove one", at: item.location)
                continue
            }
            seen[source] = item.location
            sources.append(source)
        }
        return sources
    }
}

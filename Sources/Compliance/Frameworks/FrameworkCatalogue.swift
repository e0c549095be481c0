public import Foundation
public import OrgModel

/// The framework catalogue: clause ids and titles, audit-log retention obligations, and which
/// clauses each rule bears on.
///
/// It is data (`Catalogue/*.json`, shipped as a resource) rather than code, so that a reviewer can
/// check every figure against the source it cites, the way Prowler keeps its compliance
/// frameworks as files that point at checks.
public struct FrameworkCatalogue: Sendable, Hashable {
    public var frameworks: [FrameworkDefinition]
    /// Groundwork's floor, applied whatever frameworks are selected.
    public var retentionFloor: RetentionRequirement
    public var retention: [RetentionRequirement]
    public var mappings: [RuleMapping]

    private var controlsByID: [String: FrameworkControl]
    private var mappingsByRule: [String: RuleMapping]

    public init(
        frameworks: [FrameworkDefinition], retentionFloor: RetentionRequirement, retention: [RetentionRequirement],
        mappings: [RuleMapping]
    ) {
        self.frameworks = frameworks
        self.retentionFloor = retentionFloor
        self.retention = retention
        self.mappings = mappings
        var controls: [String: FrameworkControl] = [:]
        for control in frameworks.flatMap(\.controls) { controls[control.id] = control }
        controlsByID = controls
        var rules: [String: RuleMapping] = [:]
        for mapping in mappings { rules[mapping.rule] = mapping }
        mappingsByRule = rules
    }

    /// The catalogue shipped with Groundwork.
    ///
    /// The files are part of the build and a test loads them, so failing here is a packaging bug.
    public static let bundled: FrameworkCatalogue = {
        guard let directory = Bundle.module.url(forResource: "Catalogue", withExtension: nil) else {
            preconditionFailure(
                "the Compliance resource bundle has no 'Catalogue' directory; the package is built incorrectly")
        }
        do {
            return try load(from: directory)
        } catch {
            preconditionFailure("the bundled framework catalogue is invalid: \(error)")
        }
    }()

    /// Reads `frameworks.json`, `retention.json` and `mappings.json` from a directory.
    ///
    /// - Throws: `CatalogueError` naming the file and what is wrong with it.
    public static func load(from directory: URL) throws -> FrameworkCatalogue {
        let frameworks: FrameworksFile = try decode("frameworks.json", in: directory)
        let retention: RetentionFile = try decode("retention.json", in: directory)
        let mappings: MappingsFile = try decode("mappings.json", in: directory)
        return FrameworkCatalogue(
            frameworks: frameworks.frameworks,
            retentionFloor: try retention.floor.requirement(framework: nil),
            retention: try retention.frameworks.map { try $0.requirement(framework: $0.framework) },
            mappings: mappings.rules
        )
    }

    public func control(_ id: String) -> FrameworkControl? { controlsByID[id] }

    public func mapping(for ruleID: String) -> RuleMapping? { mappingsByRule[ruleID] }

    /// The control ids a rule bears on, limited to `frameworks` when any are selected.
    ///
    /// An organization that selects no framework sees every mapped clause, since there is nothing
    /// to narrow by.
    public func controls(for ruleID: String, frameworks selected: [Framework]) -> [String] {
        guard let mapping = mappingsByRule[ruleID] else { return [] }
        guard !selected.isEmpty else { return mapping.controls }
        return mapping.controls.filter { id in
            guard let control = controlsByID[id] else { return false }
            return selected.contains(control.framework)
        }
    }

    /// Retention entries of the selected frameworks, with the floor first.
    public func retentionRequirements(for selected: [Framework]) -> [RetentionRequirement] {
        [retentionFloor] + retention.filter { entry in entry.framework.map(selected.contains) ?? false }
    }

    private static func decode<Value: Decodable>(_ name: String, in directory: URL) throws -> Value {
        let url = directory.appendingPathComponent(name)
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw CatalogueError("cannot read catalogue file '\(url.path)': \(error.localizedDescription)")
        }
        do {
            return try JSONDecoder().decode(Value.self, from: data)
        } catch {
            throw CatalogueError("catalogue file '\(name)' is malformed: \(error)")
        }
    }
}

private struct FrameworksFile: Decodable {
    var frameworks: [FrameworkDefinition]
}

private struct MappingsFile: Decodable {
    var rules: [RuleMapping]
}

private struct RetentionFile: Decodable {
    struct Entry: Decodable {
        var framework: Framework?
        var minimum: String?
        var immediatelyAvailable: String?
        var maximum: String?
        var storageLimitation: Bool?
        var source: String
        var note: String?

        func requirement(framework: Framework?) throws -> RetentionRequirement {
            RetentionRequirement(
                framework: framework,
                minimum: try minimum.map(Self.period),
                immediatelyAvailable: try immediatelyAvailable.map(Self.period),
                maximum: try maximum.map(Self.period),
                storageLimitation: storageLimitation ?? false,
                source: source,
                note: note ?? ""
            )
        }

        /// Parses `400d`, `18mo`, `7y`, the spec's own duration syntax.
        static func period(_ text: String) throws -> RetentionPeriod {
            for unit in [RetentionPeriod.Unit.months, .days, .years] where text.hasSuffix(unit.rawValue) {
                if let count = Int(text.dropLast(unit.rawValue.count)), count > 0 {
                    return RetentionPeriod(count, unit)
                }
            }
            throw CatalogueError(
                "retention period '\(text)' in 'retention.json' is not a duration like '400d', '18mo' or '7y'")
        }
    }

    var floor: Entry
    var frameworks: [Entry]
}

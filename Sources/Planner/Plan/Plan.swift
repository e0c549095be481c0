internal import Digest
public import Foundation

/// The ordered changes that take the live organization to the spec: a value that can be shown,
/// saved, and applied later.
///
/// A saved plan remembers the fingerprint of the live state it was computed from; applying it
/// after the organization has changed is refused, because the steps may no longer be right.
/// Its fields are read-only: the id is a digest of them, and a saved plan whose content no longer
/// matches its id is refused too.
public struct Plan: Sendable, Hashable, Codable {
    /// The format this build writes and reads. Bumped when a saved plan's meaning changes.
    public static let currentFormatVersion = 1

    public private(set) var formatVersion: Int
    /// A digest of the plan's inputs and steps; journals are keyed by it.
    public private(set) var id: String
    /// When the plan was made, to the second.
    public private(set) var createdAt: Date
    /// The hash of the spec the plan was made from, as given by the caller.
    public private(set) var specHash: String
    /// `StateFingerprint.of` the live resources the plan was made from.
    public private(set) var stateFingerprint: String
    /// Whether live resources the spec lacks are deleted (true) or listed as unmanaged (false).
    public private(set) var prune: Bool
    /// In an order that respects every step's dependencies (one valid sequential order).
    public private(set) var steps: [PlanStep]
    /// Live resources the spec does not mention, left alone because prune was off.
    public private(set) var unmanaged: [Resource]
    /// The provider ids of every live resource, so a step can find the existing parent or
    /// dependency it refers to by address.
    public private(set) var providerIDs: [ResourceAddress: String]

    public init(
        createdAt: Date,
        specHash: String,
        stateFingerprint: String,
        prune: Bool,
        steps: [PlanStep],
        unmanaged: [Resource],
        providerIDs: [ResourceAddress: String]
    ) {
        self.formatVersion = Self.currentFormatVersion
        self.createdAt = Date(timeIntervalSince1970: createdAt.timeIntervalSince1970.rounded(.down))
        self.specHash = specHash
        self.stateFingerprint = stateFingerprint
        self.prune = prune
        self.steps = steps
        self.unmanaged = unmanaged
        self.providerIDs = providerIDs
        self.id = ""
        self.id = Self.digest(of: self)
    }

    /// True when applying the plan would change nothing.
    public var isEmpty: Bool { steps.isEmpty }

    public var summary: PlanSummary {
        var summary = PlanSummary(unmanaged: unmanaged.count)
        for step in steps {
            switch step.action {
            case .create: summary.create += 1
            case .update: summary.update += 1
            case .move: summary.move += 1
            case .delete: summary.delete += 1
            }
        }
        return summary
    }

    public func step(_ id: String) -> PlanStep? { steps.first { $0.id == id } }

    /// Refuses a plan made from a live state other than `liveState`.
    ///
    /// - Throws: `PlannerError` with code `.stalePlan` when the fingerprints differ.
    public func verifyFresh(against liveState: [Resource]) throws(PlannerError) {
        let now = StateFingerprint.of(liveState)
        guard now == stateFingerprint else {
            throw PlannerError(
                .stalePlan,
                "the live organization has changed since plan '\(id)' was made (state \(Self.short(stateFingerprint)) then, \(Self.short(now)) now); run 'groundwork plan' again and review the new plan before applying it"
            )
        }
    }

    // MARK: Saving and loading

    /// The plan as pretty, key-sorted JSON, ready to write to a file.
    public func encoded() -> Data {
        // Encoding cannot fail: a plan holds only strings, integers, booleans, dates and lists.
        (try? Self.encoder.encode(self)) ?? Data()
    }

    /// Reads a plan written by `encoded()`.
    ///
    /// - Throws: `PlannerError` with `.unsupportedFormatVersion` for another format version,
    ///   `.invalidPlanFile` for anything that is not a plan, or a plan edited after it was saved
    ///   (its id no longer matches its content).
    public static func decode(_ data: Data) throws(PlannerError) -> Plan {
        let plan: Plan
        do {
            plan = try decoder.decode(Plan.self, from: data)
        } catch let error as PlannerError {
            throw error
        } catch {
            throw PlannerError(
                .invalidPlanFile,
                "the file is not a Groundwork plan (\(error)); write one with 'groundwork plan --out FILE'")
        }
        guard digest(of: plan) == plan.id else {
            throw PlannerError(
                .invalidPlanFile,
                "plan '\(plan.id)' was changed after it was saved; run 'groundwork plan --out FILE' again instead of editing the file"
            )
        }
        return plan
    }

    private enum CodingKeys: String, CodingKey {
        case formatVersion, id, createdAt, specHash, stateFingerprint, prune, steps, unmanaged, providerIDs
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let version = try container.decode(Int.self, forKey: .formatVersion)
        guard version == Self.currentFormatVersion else {
            throw PlannerError(
                .unsupportedFormatVersion,
                "the plan was saved in format version \(version) but this groundwork reads version \(Self.currentFormatVersion); run 'groundwork plan' again with this version"
            )
        }
        formatVersion = version
        id = try container.decode(String.self, forKey: .id)
        createdAt = try container.decode(Date.self, forKey: .createdAt)
        specHash = try container.decode(String.self, forKey: .specHash)
        stateFingerprint = try container.decode(String.self, forKey: .stateFingerprint)
        prune = try container.decode(Bool.self, forKey: .prune)
        steps = try container.decode([PlanStep].self, forKey: .steps)
        unmanaged = try container.decode([Resource].self, forKey: .unmanaged)
        providerIDs = try container.decode([ResourceAddress: String].self, forKey: .providerIDs)
    }

    private static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return encoder
    }

    private static var decoder: JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return decoder
    }

    /// A digest of everything but the id and the time, so the same inputs give the same id.
    private static func digest(of plan: Plan) -> String {
        var copy = plan
        copy.id = ""
        copy.createdAt = Date(timeIntervalSince1970: 0)
        let hex = Hex.encode(SHA256.hash(copy.encoded()))
        return String(hex.prefix(16))
    }

    private static func short(_ fingerprint: String) -> String {
        let hex = fingerprint.split(separator: ":").last.map(String.init) ?? fingerprint
        return String(hex.prefix(12))
    }
}

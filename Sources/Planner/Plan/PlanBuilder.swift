public import Support

/// Compares desired resources with live ones and orders the changes between them.
///
/// The shape is Terraform's plan in miniature: one step per resource change, each step naming
/// the steps it waits for, so an executor can run independent steps side by side.
public enum PlanBuilder {
    /// Makes the plan that takes `actual` to `desired`.
    ///
    /// - Parameters:
    ///   - desired: what the spec becomes on the provider.
    ///   - actual: what the provider reads live.
    ///   - prune: delete live resources the spec lacks; when false they are listed as unmanaged.
    ///     Resources marked `preventDeletion` (and what they sit in) are listed as unmanaged even
    ///     with prune.
    ///   - specHash: the spec's hash, recorded in the plan.
    ///   - clock: stamps the plan's creation time.
    /// - Returns: steps in a dependency-respecting, deterministic order.
    /// - Throws: `PlannerError` for duplicate addresses, references to undeclared resources, or
    ///   dependency cycles.
    public static func plan(
        desired: [Resource],
        actual: [Resource],
        prune: Bool,
        specHash: String = "",
        clock: DateGenerator = .system
    ) throws(PlannerError) -> Plan {
        // Stage 1: index both sides and check the desired side is self-contained.
        let desiredByAddress = try index(desired, live: false)
        let actualByAddress = try index(actual, live: true)
        for resource in desired.sorted(by: { $0.address < $1.address }) {
            for reference in resource.references where desiredByAddress[reference] == nil {
                throw PlannerError(
                    .missingDependency,
                    "'\(resource.address)' needs '\(reference)', which the spec does not declare; declare '\(reference.name)' or remove the reference to it"
                )
            }
        }

        // Stage 2: one step per difference.
        var steps: [PlanStep] = []
        var unmanaged: [Resource] = []
        for wanted in desired.sorted(by: { $0.address < $1.address }) {
            guard let live = actualByAddress[wanted.address] else {
                steps.append(
                    PlanStep(action: .create, address: wanted.address, area: wanted.area, desired: wanted, actual: nil))
                continue
            }
            if wanted.parent != live.parent {
                steps.append(
                    PlanStep(action: .move, address: wanted.address, area: wanted.area, desired: wanted, actual: live))
            }
            let changes = wanted.attributes.keys.sorted().compactMap { name -> AttributeChange? in
                let new = wanted.attributes[name]
                let old = live.attributes[name]
                return old == new ? nil : AttributeChange(name: name, old: old, new: new)
            }
            if !changes.isEmpty {
                steps.append(
                    PlanStep(
                        action: .update, address: wanted.address, area: wanted.area, desired: wanted, actual: live,
                        changes: changes))
            }
        }
        let kept = prune ? protected(actual, desired: desiredByAddress, live: actualByAddress) : []
        for live in actual.sorted(by: { $0.address < $1.address }) where desiredByAddress[live.address] == nil {
            if prune && !kept.contains(live.address) {
                steps.append(
                    PlanStep(action: .delete, address: live.address, area: live.area, desired: nil, actual: live))
            } else {
                unmanaged.append(live)
            }
        }

        // Stage 3: dependencies between steps, then a deterministic topological order.
        let ordered = try order(link(steps, actual: actual))

        var providerIDs: [ResourceAddress: String] = [:]
        for live in actual { if let id = live.providerID { providerIDs[live.address] = id } }
        return Plan(
            createdAt: clock(),
            specHash: specHash,
            stateFingerprint: StateFingerprint.of(actual),
            prune: prune,
            steps: ordered,
            unmanaged: unmanaged.sorted { ($0.area, $0.address) < ($1.area, $1.address) },
            providerIDs: providerIDs
        )
    }

    /// The live resources prune must keep: those marked `preventDeletion`, and everything a kept
    /// resource still sits in or depends on (a unit holding a protected account).
    private static func protected(
        _ actual: [Resource],
        desired: [ResourceAddress: Resource],
        live: [ResourceAddress: Resource]
    ) -> Set<ResourceAddress> {
        var kept = Set(actual.filter { $0.preventDeletion && desired[$0.address] == nil }.map(\.address))
        var queue = Array(kept)
        while let next = queue.popLast() {
            for reference in live[next]?.references ?? [] where desired[reference] == nil && live[reference] != nil {
                if kept.insert(reference).inserted { queue.append(reference) }
            }
        }
        return kept
    }

    private static func index(
        _ resources: [Resource], live: Bool
    ) throws(PlannerError) -> [ResourceAddress: Resource] {
        var byAddress: [ResourceAddress: Resource] = [:]
        for resource in resources {
            guard let earlier = byAddress.updateValue(resource, forKey: resource.address) else { continue }
            let address = resource.address
            guard live else {
                throw PlannerError(
                    .duplicateAddress,
                    "the spec declares '\(address)' twice; give each \(address.kind) a distinct name"
                )
            }
            let ids = [earlier.providerID, resource.providerID].map { "'\($0 ?? "?")'" }.joined(separator: " and ")
            throw PlannerError(
                .duplicateAddress,
                "the live organization has two of '\(address)' (ids \(ids)); rename one so each \(address.kind) has its own name, then plan again"
            )
        }
        return byAddress
    }

    /// Fills in `dependsOn`:
    /// - a create, move or update waits for the creation of the parent and dependencies it names;
    /// - an update waits for the move of the same resource;
    /// - a delete waits for every step that takes a live reference to it away (deleting or moving
    ///   its children and dependants first), so deletes run in reverse order.
    private static func link(_ steps: [PlanStep], actual: [Resource]) -> [PlanStep] {
        let ids = Set(steps.map(\.id))
        func existing(_ action: PlanAction, _ address: ResourceAddress) -> String? {
            let id = PlanStep.id(action, address)
            return ids.contains(id) ? id : nil
        }
        var liveReferrers: [ResourceAddress: [ResourceAddress]] = [:]
        for live in actual {
            for reference in Set(live.references) { liveReferrers[reference, default: []].append(live.address) }
        }
        return steps.map { step in
            var needs: Set<String> = []
            switch step.action {
            case .create, .move, .update:
                for reference in step.desired?.references ?? [] {
                    if let create = existing(.create, reference) { needs.insert(create) }
                }
                if step.action == .update, let move = existing(.move, step.address) { needs.insert(move) }
            case .delete:
                for referrer in liveReferrers[step.address] ?? [] {
                    for action in [PlanAction.delete, .move, .update] {
                        if let id = existing(action, referrer) { needs.insert(id) }
                    }
                }
            }
            needs.remove(step.id)
            var linked = step
            linked.dependsOn = needs.sorted()
            return linked
        }
    }

    /// Kahn's algorithm, always taking the ready step that reads best next (by area, creations
    /// before deletions, then kind, name and action), so equal inputs give identical plans.
    private static func order(_ steps: [PlanStep]) throws(PlannerError) -> [PlanStep] {
        func precedes(_ a: PlanStep, _ b: PlanStep) -> Bool {
            let aDelete = a.action == .delete
            let bDelete = b.action == .delete
            if a.area != b.area { return a.area < b.area }
            if aDelete != bDelete { return !aDelete }
            if a.address != b.address { return a.address < b.address }
            return a.action.rank < b.action.rank
        }
        var waiting: [String: Int] = [:]
        var dependants: [String: [String]] = [:]
        var byID: [String: PlanStep] = [:]
        for step in steps {
            byID[step.id] = step
            waiting[step.id] = step.dependsOn.count
            for dependency in step.dependsOn { dependants[dependency, default: []].append(step.id) }
        }
        var ready = steps.filter { $0.dependsOn.isEmpty }.sorted(by: precedes)
        var ordered: [PlanStep] = []
        ordered.reserveCapacity(steps.count)
        while !ready.isEmpty {
            let next = ready.removeFirst()
            ordered.append(next)
            for id in dependants[next.id] ?? [] {
                waiting[id, default: 0] -= 1
                guard waiting[id] == 0, let step = byID[id] else { continue }
                let slot = ready.partitioningIndex { precedes(step, $0) }
                ready.insert(step, at: slot)
            }
        }
        guard ordered.count == steps.count else {
            let placed = Set(ordered.map(\.id))
            let stuck = steps.map(\.id).filter { !placed.contains($0) }.sorted()
            throw PlannerError(
                .dependencyCycle,
                "these changes wait on each other in a circle: \(stuck.map { "'\($0)'" }.joined(separator: ", ")); check the parents and references of those resources in the spec"
            )
        }
        return ordered
    }
}

extension Array {
    /// The first index whose element satisfies `belongsAfter`, for a prefix-partitioned array.
    fileprivate func partitioningIndex(where belongsAfter: (Element) -> Bool) -> Int {
        var low = 0
        var high = count
        while low < high {
            let middle = (low + high) / 2
            if belongsAfter(self[middle]) { high = middle } else { low = middle + 1 }
        }
        return low
    }
}

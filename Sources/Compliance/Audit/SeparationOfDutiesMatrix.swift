public import OrgModel

/// Who holds what where: one row per person, one column per account group (management,
/// security, production, non-production), each cell the permission profiles the person holds
/// there, resolved through groups and unit grants.
///
/// Auditors ask for exactly this table. It is computed from the same index the rules use
/// (`RuleContext.grantReach`), so the matrix and `separation.admin-concentration` can never
/// disagree about who holds admin where.
public struct SeparationOfDutiesMatrix: Sendable, Hashable {
    /// The profiles one person holds in one account group.
    public struct Cell: Sendable, Hashable {
        /// Profile names, sorted.
        public var profiles: [String]
        /// True when one of them grants full administrative power.
        public var isAdmin: Bool
        /// How the person got them: group names, and `direct` for a grant to the person.
        public var through: [String]

        public init(profiles: [String] = [], isAdmin: Bool = false, through: [String] = []) {
            self.profiles = profiles
            self.isAdmin = isAdmin
            self.through = through
        }

        public var isEmpty: Bool { profiles.isEmpty }
    }

    public struct Row: Sendable, Hashable {
        /// Person key.
        public var person: String
        public var displayName: String?
        /// One cell per `AccountGroup.allCases`, in that order.
        public var cells: [Cell]
        /// True when the person is admin in management, security and production at once, the
        /// concentration `separation.admin-concentration` forbids.
        public var isConcentrated: Bool

        public init(person: String, displayName: String? = nil, cells: [Cell], isConcentrated: Bool) {
            self.person = person
            self.displayName = displayName
            self.cells = cells
            self.isConcentrated = isConcentrated
        }

        public func cell(_ group: AccountGroup) -> Cell {
            cells[AccountGroup.allCases.firstIndex(of: group) ?? 0]
        }
    }

    /// The column order.
    public let groups: [AccountGroup] = AccountGroup.allCases
    /// People in declaration order; then people named only by a direct grant.
    public var rows: [Row]

    public init(rows: [Row]) {
        self.rows = rows
    }

    public init(_ organization: Organization) {
        self.init(RuleContext(organization))
    }

    public init(_ context: RuleContext) {
        let groups = AccountGroup.allCases
        // Stage 1: what each group, and each person granted directly, holds per account group.
        struct Holding {
            var profiles: Set<String> = []
            var admin = false
        }
        var byGroup: [String: [AccountGroup: Holding]] = [:]
        var byPerson: [String: [AccountGroup: Holding]] = [:]
        var directPeople: [String] = []
        for (index, grant) in context.organization.identity.access.enumerated() {
            let reach = context.grantReach[index]
            let isAdmin = context.profilesByName[grant.profile]?.isAdmin == true
            for accountGroup in groups where !reach.isDisjoint(with: accountGroup.reach) {
                if let group = grant.group {
                    byGroup[group, default: [:]][accountGroup, default: Holding()].profiles.insert(grant.profile)
                    if isAdmin { byGroup[group, default: [:]][accountGroup, default: Holding()].admin = true }
                }
                if let person = grant.person {
                    byPerson[person, default: [:]][accountGroup, default: Holding()].profiles.insert(grant.profile)
                    if isAdmin { byPerson[person, default: [:]][accountGroup, default: Holding()].admin = true }
                }
            }
            if let person = grant.person, !directPeople.contains(person) { directPeople.append(person) }
        }

        // Stage 2: each person's cells, through their groups and direct grants.
        var people = context.organization.people.map(\.key)
        let declared = Set(people)
        people += directPeople.filter { !declared.contains($0) }
        rows = people.map { person in
            let memberOf = context.groupsByPerson[person] ?? []
            let cells = groups.map { accountGroup -> Cell in
                var profiles: Set<String> = []
                var admin = false
                var through: [String] = []
                for group in memberOf {
                    guard let holding = byGroup[group]?[accountGroup] else { continue }
                    profiles.formUnion(holding.profiles)
                    admin = admin || holding.admin
                    through.append(group)
                }
                if let holding = byPerson[person]?[accountGroup] {
                    profiles.formUnion(holding.profiles)
                    admin = admin || holding.admin
                    through.append("direct")
                }
                return Cell(profiles: profiles.sorted(), isAdmin: admin, through: through)
            }
            let adminIn = Set(zip(groups, cells).filter { $0.1.isAdmin }.map(\.0))
            return Row(
                person: person,
                displayName: context.peopleByKey[person]?.displayName,
                cells: cells,
                isConcentrated: adminIn.isSuperset(of: [.management, .security, .production])
            )
        }
    }

    /// The people who hold admin in management, security and production at once.
    public var concentrated: [String] { rows.filter(\.isConcentrated).map(\.person) }
}

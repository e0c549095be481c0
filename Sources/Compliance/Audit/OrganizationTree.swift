public import OrgModel

/// The organization as a tree (root → units → accounts), each node carrying the worst status
/// of the results about it and beneath it, ready to draw.
///
/// Statuses are computed here so the drawing only colours what it is given.
public struct OrganizationTree: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable {
        case root
        case unit
        case account
    }

    public struct Node: Sendable, Hashable {
        public var kind: Kind
        /// The root's organization name, a unit's path or an account's key: unique in the tree.
        public var id: String
        /// What to print on the node: the organization name, the unit's own name, the account key.
        public var name: String
        /// A second line for accounts: their role or stage (`log-archive`, `production`).
        public var detail: String?
        /// Worst status of the results about this node and everything beneath it; PASS when
        /// nothing is reported.
        public var status: CheckStatus
        /// Results about this node itself, by status.
        public var counts: [CheckStatus: Int]
        public var children: [Node]

        public init(
            kind: Kind, id: String, name: String, detail: String? = nil, status: CheckStatus,
            counts: [CheckStatus: Int] = [:], children: [Node] = []
        ) {
            self.kind = kind
            self.id = id
            self.name = name
            self.detail = detail
            self.status = status
            self.counts = counts
            self.children = children
        }

        /// This node and every node beneath it, depth first.
        public var allNodes: [Node] { [self] + children.flatMap(\.allNodes) }
    }

    public var root: Node

    public init(root: Node) {
        self.root = root
    }

    /// Builds the tree of `organization`, colouring each node by the results scoped to it.
    ///
    /// Results about an account or unit the model does not hold colour the root, so that no
    /// failure disappears from the drawing.
    public init(_ organization: Organization, results: [AuditResult]) {
        var accountStatuses: [String: [CheckStatus]] = [:]
        var unitStatuses: [String: [CheckStatus]] = [:]
        var rootStatuses: [CheckStatus] = []
        let accountKeys = Set(organization.accounts.map(\.key))
        let unitPaths = Set(organization.units.map(\.path))
        for result in results {
            switch result.scope {
            case .account(let key) where accountKeys.contains(key):
                accountStatuses[key, default: []].append(result.status)
            case .unit(let path) where unitPaths.contains(path): unitStatuses[path, default: []].append(result.status)
            default: rootStatuses.append(result.status)
            }
        }

        func counts(_ statuses: [CheckStatus]) -> [CheckStatus: Int] {
            statuses.reduce(into: [:]) { $0[$1, default: 0] += 1 }
        }
        func accountNode(_ account: Account) -> Node {
            let own = accountStatuses[account.key] ?? []
            return Node(
                kind: .account, id: account.key, name: account.key,
                detail: account.role.flatMap { $0 == .workload ? nil : $0.rawValue } ?? account.stage?.rawValue,
                status: own.max() ?? .pass, counts: counts(own))
        }
        func unitNode(_ unit: OrgUnit) -> Node {
            let childUnits = organization.units.filter { $0.parentPath == unit.path }.map(unitNode)
            let accounts = organization.accounts.filter { $0.unit == unit.path }.map(accountNode)
            let children = childUnits + accounts
            let own = unitStatuses[unit.path] ?? []
            let worst = (own + children.map(\.status)).max() ?? .pass
            return Node(
                kind: .unit, id: unit.path, name: unit.name, status: worst, counts: counts(own), children: children)
        }

        let topUnits = organization.units.filter { $0.parentPath == nil || !unitPaths.contains($0.parentPath ?? "") }
            .map(unitNode)
        let rootAccounts = organization.accounts.filter { account in
            account.unit.map { !unitPaths.contains($0) } ?? true
        }.map(accountNode)
        let children = rootAccounts + topUnits
        root = Node(
            kind: .root, id: organization.settings.name, name: organization.settings.name,
            status: (rootStatuses + children.map(\.status)).max() ?? .pass, counts: counts(rootStatuses),
            children: children)
    }
}

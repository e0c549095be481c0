import Foundation
import OrgModel
import Support

/// Paths and helpers shared by the OrgModel tests.
enum SpecFixtures {
    /// The package root, found from this file's path.
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static func example(_ name: String) -> String {
        packageRoot.appendingPathComponent("examples").appendingPathComponent(name).path
    }

    static func fixture(_ name: String) -> String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
            .appendingPathComponent(name).path
    }

    /// The diagnostics loading `yaml` produces, as printed; empty when it loads.
    static func errors(_ yaml: String, file: String = "spec.yaml") -> [String] {
        do {
            _ = try SpecLoader.load(yaml: yaml, file: file)
            return []
        } catch {
            return error.diagnostics.map(\.description)
        }
    }

    /// A small valid spec that tests extend with one mistake at a time.
    static let minimal = """
        version: 1
        organization:
          name: acme
          home-region: eu-central-1
        units:
          Security: {}
          Workloads/Production: {}
        accounts:
          management: { email: aws@acme.example, role: management }
          prod: { email: prod@acme.example, unit: Workloads/Production, stage: production }
        people:
          alice: { email: alice@acme.example }
        identity:
          provider: aws-identity-center
          mfa: required
          groups:
            admins: [alice]
          profiles:
            admin: { policies: [AdministratorAccess] }
          access:
            - { group: admins, profile: admin, accounts: [prod] }
        """
}

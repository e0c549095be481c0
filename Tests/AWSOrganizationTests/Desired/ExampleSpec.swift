import Foundation
import OrgModel

/// The repository's example spec, loaded from `examples/acme.yaml`.
enum ExampleSpec {
    static var path: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("examples/acme.yaml").path
    }

    static func acme() throws -> Organization { try SpecLoader.load(contentsOf: path) }
}

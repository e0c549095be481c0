internal import Digest
import Foundation

/// A digest of a set of live resources, so a saved plan can tell whether the organization it
/// was computed from is still the one it would change.
public enum StateFingerprint {
    /// `sha256:<hex>` over the resources sorted by address, with documents in canonical form, so
    /// the order a provider lists things in and the spacing of policy JSON do not matter.
    public static func of(_ resources: [Resource]) -> String {
        let normalized =
            resources
            .sorted { $0.address < $1.address }
            .map { resource -> Resource in
                var copy = resource
                copy.attributes = resource.attributes.mapValues(\.canonicalized)
                return copy
            }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Encoding cannot fail: resources hold only strings, integers, booleans and lists of them.
        let data = (try? encoder.encode(normalized)) ?? Data()
        return "sha256:" + Hex.encode(SHA256.hash(data))
    }
}

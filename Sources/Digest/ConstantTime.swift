internal import CCrypto

/// Comparisons whose running time does not depend on where two secrets differ.
public enum ConstantTime {
    /// Returns true when both buffers have the same length and bytes, in time independent of content.
    public static func equal(_ lhs: [UInt8], _ rhs: [UInt8]) -> Bool {
        guard lhs.count == rhs.count else { return false }
        if lhs.isEmpty { return true }
        return lhs.withUnsafeBytes { l in
            rhs.withUnsafeBytes { r in CRYPTO_memcmp(l.baseAddress, r.baseAddress, lhs.count) == 0 }
        }
    }
}

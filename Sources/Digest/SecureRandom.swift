internal import CCrypto

/// Cryptographically secure random bytes from OpenSSL's DRBG.
public enum SecureRandom {
    /// Returns `count` random bytes.
    ///
    /// - Throws: `DigestError` when the generator is not seeded, which on Linux means the kernel
    ///   entropy source is unavailable.
    public static func bytes(_ count: Int) throws(DigestError) -> [UInt8] {
        var out = [UInt8](repeating: 0, count: count)
        let status = out.withUnsafeMutableBufferPointer { RAND_bytes($0.baseAddress, Int32(count)) }
        guard status == 1 else { throw DigestError(.randomUnavailable, "the system random generator is unavailable") }
        return out
    }
}

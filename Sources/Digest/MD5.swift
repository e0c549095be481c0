internal import CCrypto
public import Foundation

/// MD5 (RFC 1321), for one thing only: the `Content-MD5` header some AWS APIs still require
/// (S3 `PutObjectLockConfiguration`, `PutBucketLifecycleConfiguration`) as an integrity check of
/// the body in transit. Never use it where collision resistance matters: use `SHA256`.
public enum MD5 {
    /// Length of an MD5 digest in bytes.
    public static let byteCount = 16

    /// Hashes any contiguous byte collection in one call.
    public static func hash<Bytes: ContiguousBytes>(_ bytes: Bytes) -> [UInt8] {
        var out = [UInt8](repeating: 0, count: byteCount)
        var length: UInt32 = 0
        bytes.withUnsafeBytes { input in
            out.withUnsafeMutableBufferPointer { buffer in
                _ = EVP_Digest(input.baseAddress, input.count, buffer.baseAddress, &length, EVP_md5(), nil)
            }
        }
        return out
    }

    /// The base64 digest of `bytes`, as the `Content-MD5` header carries it (RFC 1864).
    public static func contentMD5<Bytes: ContiguousBytes>(_ bytes: Bytes) -> String {
        Data(hash(bytes)).base64EncodedString()
    }
}

internal import CCrypto
public import Foundation

/// HMAC-SHA256 (RFC 2104), as SigV4 key derivation and signing need it.
public enum HMAC {
    /// Computes HMAC-SHA256 of `message` under `key`.
    public static func sha256<Key: ContiguousBytes, Message: ContiguousBytes>(key: Key, message: Message) -> [UInt8] {
        var out = [UInt8](repeating: 0, count: 32)
        var length: UInt32 = 0
        key.withUnsafeBytes { keyBytes in
            message.withUnsafeBytes { messageBytes in
                out.withUnsafeMutableBufferPointer { buffer in
                    _ = CCrypto.HMAC(
                        EVP_sha256(),
                        keyBytes.baseAddress, Int32(keyBytes.count),
                        messageBytes.baseAddress?.assumingMemoryBound(to: UInt8.self), messageBytes.count,
                        buffer.baseAddress, &length
                    )
                }
            }
        }
        return out
    }

    /// Computes HMAC-SHA256 of a string's UTF-8 bytes under `key`.
    public static func sha256<Key: ContiguousBytes>(key: Key, message: String) -> [UInt8] {
        sha256(key: key, message: Array(message.utf8))
    }
}

internal import CCrypto

/// Ed25519 signatures (RFC 8032), for checkpoints and evidence manifests anyone can verify.
public enum Ed25519 {
    /// A private signing key. Its bytes are the 32-byte seed; never print them.
    public struct PrivateKey: Sendable, CustomStringConvertible {
        /// The 32-byte seed. Handle as a secret.
        public let rawRepresentation: [UInt8]
        /// The matching public key.
        public let publicKey: PublicKey

        /// Generates a fresh key from the system's secure random source.
        public init() throws(DigestError) {
            try self.init(rawRepresentation: SecureRandom.bytes(32))
        }

        /// Restores a key from its 32-byte seed.
        public init(rawRepresentation seed: [UInt8]) throws(DigestError) {
            guard seed.count == 32 else { throw DigestError(.invalidKey, "an Ed25519 private key is 32 bytes, not \(seed.count)") }
            guard let key = seed.withUnsafeBufferPointer({
                EVP_PKEY_new_raw_private_key(EVP_PKEY_ED25519, nil, $0.baseAddress, 32)
            }) else { throw DigestError(.invalidKey, "OpenSSL rejected the Ed25519 private key") }
            defer { EVP_PKEY_free(key) }
            var publicBytes = [UInt8](repeating: 0, count: 32)
            var length = 32
            guard publicBytes.withUnsafeMutableBufferPointer({ EVP_PKEY_get_raw_public_key(key, $0.baseAddress, &length) }) == 1
            else { throw DigestError(.openSSL, "OpenSSL could not derive the Ed25519 public key") }
            self.rawRepresentation = seed
            self.publicKey = try PublicKey(rawRepresentation: publicBytes)
        }

        /// Signs `message` and returns the 64-byte signature.
        public func signature(for message: [UInt8]) throws(DigestError) -> [UInt8] {
            guard let key = rawRepresentation.withUnsafeBufferPointer({
                EVP_PKEY_new_raw_private_key(EVP_PKEY_ED25519, nil, $0.baseAddress, 32)
            }) else { throw DigestError(.invalidKey, "OpenSSL rejected the Ed25519 private key") }
            defer { EVP_PKEY_free(key) }
            guard let context = EVP_MD_CTX_new() else { throw DigestError(.openSSL, "OpenSSL could not allocate a context") }
            defer { EVP_MD_CTX_free(context) }
            guard EVP_DigestSignInit(context, nil, nil, nil, key) == 1 else {
                throw DigestError(.openSSL, "OpenSSL could not start an Ed25519 signature")
            }
            var signature = [UInt8](repeating: 0, count: 64)
            var length = 64
            let status = signature.withUnsafeMutableBufferPointer { out in
                message.withUnsafeBufferPointer { input in
                    EVP_DigestSign(context, out.baseAddress, &length, input.baseAddress, input.count)
                }
            }
            guard status == 1, length == 64 else { throw DigestError(.openSSL, "OpenSSL could not sign with Ed25519") }
            return signature
        }

        public var description: String { "Ed25519.PrivateKey(<redacted>, public: \(publicKey))" }
    }

    /// A public verification key (32 bytes).
    public struct PublicKey: Sendable, Hashable, CustomStringConvertible {
        public let rawRepresentation: [UInt8]

        public init(rawRepresentation: [UInt8]) throws(DigestError) {
            guard rawRepresentation.count == 32 else {
                throw DigestError(.invalidKey, "an Ed25519 public key is 32 bytes, not \(rawRepresentation.count)")
            }
            self.rawRepresentation = rawRepresentation
        }

        /// Returns true when `signature` is a valid signature of `message` under this key.
        public func isValidSignature(_ signature: [UInt8], for message: [UInt8]) -> Bool {
            guard signature.count == 64 else { return false }
            guard let key = rawRepresentation.withUnsafeBufferPointer({
                EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nil, $0.baseAddress, 32)
            }) else { return false }
            defer { EVP_PKEY_free(key) }
            guard let context = EVP_MD_CTX_new() else { return false }
            defer { EVP_MD_CTX_free(context) }
            guard EVP_DigestVerifyInit(context, nil, nil, nil, key) == 1 else { return false }
            return signature.withUnsafeBufferPointer { sig in
                message.withUnsafeBufferPointer { input in
                    EVP_DigestVerify(context, sig.baseAddress, sig.count, input.baseAddress, input.count) == 1
                }
            }
        }

        public var description: String { Hex.encode(rawRepresentation) }
    }
}

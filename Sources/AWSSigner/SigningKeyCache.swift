import Digest
import Synchronization

/// Derived SigV4 signing keys, remembered per (secret, day, region, service).
///
/// Deriving a key costs four HMACs and the key only changes once a day, so a client that signs
/// many requests keeps one cache and hands it to every signer it makes. The cache is tiny and
/// bounded: it is cleared whole when it reaches `capacity`, which only happens when a process
/// juggles many credentials across a day boundary.
public final class SigningKeyCache: Sendable {
    struct Key: Hashable {
        var secretAccessKey: String
        var dateStamp: String
        var region: String
        var service: String
    }

    private let entries = Mutex<[Key: [UInt8]]>([:])
    private let capacity: Int

    public init(capacity: Int = 64) {
        self.capacity = max(1, capacity)
    }

    /// The signing key for the scope, derived on first use.
    func signingKey(secretAccessKey: String, dateStamp: String, region: String, service: String) -> [UInt8] {
        let key = Key(secretAccessKey: secretAccessKey, dateStamp: dateStamp, region: region, service: service)
        if let cached = entries.withLock({ $0[key] }) { return cached }
        let derived = Self.derive(
            secretAccessKey: secretAccessKey, dateStamp: dateStamp, region: region, service: service)
        entries.withLock { entries in
            if entries.count >= capacity { entries.removeAll(keepingCapacity: true) }
            entries[key] = derived
        }
        return derived
    }

    /// Number of keys held; for tests.
    var count: Int { entries.withLock { $0.count } }

    /// kSecret = "AWS4" + secret; kDate = HMAC(kSecret, date); kRegion = HMAC(kDate, region);
    /// kService = HMAC(kRegion, service); kSigning = HMAC(kService, "aws4_request").
    static func derive(secretAccessKey: String, dateStamp: String, region: String, service: String) -> [UInt8] {
        let secret = Array(("AWS4" + secretAccessKey).utf8)
        let dateKey = HMAC.sha256(key: secret, message: dateStamp)
        let regionKey = HMAC.sha256(key: dateKey, message: region)
        let serviceKey = HMAC.sha256(key: regionKey, message: service)
        return HMAC.sha256(key: serviceKey, message: "aws4_request")
    }
}

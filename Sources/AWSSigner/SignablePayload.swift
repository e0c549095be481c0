import Digest
public import Foundation

/// The body of a request as the signer sees it: its bytes, or a statement about its hash.
public enum SignablePayload: Sendable {
    /// A body held in memory; the signer hashes it.
    case bytes(Data)
    /// No body; signed as the SHA-256 of the empty string.
    case empty
    /// `UNSIGNED-PAYLOAD`, for S3 bodies the caller streams and does not hash (TLS protects them).
    case unsigned
    /// A body whose lowercase hex SHA-256 the caller already computed (for example while streaming a file).
    case precomputedSHA256(String)
}

extension SignablePayload {
    /// Lowercase hex SHA-256 of the empty string, the payload hash of every body-less request.
    public static let emptySHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"

    /// The value that goes on the last line of the canonical request and in `x-amz-content-sha256`.
    public var hash: String {
        switch self {
        case .bytes(let data): data.isEmpty ? Self.emptySHA256 : LowerHex.string(SHA256.hash(data))
        case .empty: Self.emptySHA256
        case .unsigned: "UNSIGNED-PAYLOAD"
        case .precomputedSHA256(let hash): hash.lowercased()
        }
    }
}

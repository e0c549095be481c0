public import Foundation

/// An AWS access key pair, optionally temporary (session token and expiry).
///
/// The secret access key and the session token never appear in `description`, `debugDescription`,
/// `String(reflecting:)` or `dump`: credentials end up in log lines and error messages far too
/// easily. The access key ID is shown the way `aws configure list` shows it, masked but for its
/// last four characters, so a user can tell which key is in use.
public struct AWSCredentials: Sendable, Hashable {
    public var accessKeyID: String
    public var secretAccessKey: String
    public var sessionToken: String?
    public var expiration: Date?

    public init(accessKeyID: String, secretAccessKey: String, sessionToken: String? = nil, expiration: Date? = nil) {
        self.accessKeyID = accessKeyID
        self.secretAccessKey = secretAccessKey
        self.sessionToken = sessionToken
        self.expiration = expiration
    }

    /// The access key ID with all but its last four characters masked, as `aws configure list` prints it.
    public var maskedAccessKeyID: String {
        guard accessKeyID.count > 4 else { return String(repeating: "*", count: accessKeyID.count) }
        return String(repeating: "*", count: accessKeyID.count - 4) + accessKeyID.suffix(4)
    }
}

extension AWSCredentials: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    public var description: String {
        var text = "AWSCredentials(accessKeyID: \(maskedAccessKeyID), secretAccessKey: <redacted>"
        if sessionToken != nil { text += ", sessionToken: <redacted>" }
        if let expiration { text += ", expiration: \(expiration.formatted(.iso8601))" }
        return text + ")"
    }

    public var debugDescription: String { description }

    public var customMirror: Mirror {
        Mirror(
            self,
            children: [
                "accessKeyID": maskedAccessKeyID,
                "secretAccessKey": "<redacted>",
                "sessionToken": sessionToken == nil ? "nil" : "<redacted>",
                "expiration": expiration as Any,
            ],
            displayStyle: .struct
        )
    }
}

/// A person who may be granted access: an identity in the SSO provider.
public struct Person: Sendable, Hashable {
    /// The key the spec names them by (`alice`); the SSO user name.
    public var key: String
    public var email: String
    public var displayName: String?

    public init(key: String, email: String, displayName: String? = nil) {
        self.key = key
        self.email = email
        self.displayName = displayName
    }
}

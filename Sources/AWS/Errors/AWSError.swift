/// An error answer from an AWS service, with everything needed to act on it or report it.
///
/// Reads like `AccessDeniedException: User: arn:aws:iam::1:user/ci is not authorized to perform:
/// organizations:ListAccounts (organizations:ListAccounts, HTTP 400, request 1a2b…)`. Match on
/// `code` to handle a specific failure; the message is the service's own wording.
public struct AWSError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The botocore service name, e.g. `organizations`.
    public var service: String
    /// The IAM action, e.g. `organizations:ListAccounts`.
    public var action: String
    /// The operation name, e.g. `ListAccounts`.
    public var operation: String
    /// The AWS error code without namespace, e.g. `AccessDeniedException`.
    public var code: String
    public var message: String
    public var requestID: String?
    public var statusCode: Int
    /// How many attempts were made before giving up (1 when the error was not retried).
    public var attempts: Int

    public init(
        service: String,
        action: String,
        operation: String,
        code: String,
        message: String,
        requestID: String?,
        statusCode: Int,
        attempts: Int = 1
    ) {
        self.service = service
        self.action = action
        self.operation = operation
        self.code = code
        self.message = message
        self.requestID = requestID
        self.statusCode = statusCode
        self.attempts = attempts
    }

    /// Whether the caller lacks permission, as opposed to the call being wrong or the service failing.
    public var isAccessDenied: Bool {
        ["AccessDenied", "AccessDeniedException", "UnauthorizedOperation", "AuthorizationError"].contains(code)
    }

    /// Whether the request's signature or credentials were rejected.
    public var isAuthenticationFailure: Bool {
        [
            "SignatureDoesNotMatch", "InvalidClientTokenId", "UnrecognizedClientException", "InvalidAccessKeyId",
            "ExpiredToken", "ExpiredTokenException", "IncompleteSignature", "InvalidSignatureException",
        ].contains(code)
    }

    public var description: String {
        var text = "\(code): \(message.isEmpty ? "(no message)" : message) (\(action), HTTP \(statusCode)"
        if let requestID { text += ", request \(requestID)" }
        if attempts > 1 { text += ", gave up after \(attempts) attempts" }
        text += ")"
        if isAuthenticationFailure {
            text += "; the credentials were rejected: check the access key, secret and session token in use"
            text += " (`groundwork whoami` shows where they came from)"
        }
        return text
    }
}

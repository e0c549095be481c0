/// Reads the code, message and request id out of a failed answer in any of the three protocols.
enum AWSErrorParser {
    static func parse(_ response: HTTPResponse, service: AWSService, operation: String) -> AWSError {
        var code: String?
        var message: String?
        var requestID = response.header("x-amzn-requestid") ?? response.header("x-amz-request-id")
        if case .json = service.wireProtocol {
            (code, message) = JSONProtocol.error(from: response)
        }
        // Query and REST-XML errors are XML; so are some gateways' (and moto's) auth failures on JSON services.
        if code == nil || message == nil {
            if let root = try? XMLTree(parsing: response.body) {
                let error = root.first(named: "Error") ?? root
                code = code ?? error.string("Code")
                message = message ?? error.string("Message")
                requestID = requestID ?? root.first(named: "RequestId")?.text ?? root.first(named: "RequestID")?.text
            }
        }
        return AWSError(
            service: service.name,
            action: "\(service.signingName):\(operation)",
            operation: operation,
            code: code ?? fallbackCode(for: response.statusCode),
            message: message ?? "",
            requestID: requestID,
            statusCode: response.statusCode
        )
    }

    /// A code for answers without a readable body (S3 HEAD, proxies, load balancers).
    static func fallbackCode(for status: Int) -> String {
        switch status {
        case 400: "BadRequest"
        case 403: "AccessDenied"
        case 404: "NotFound"
        case 429: "TooManyRequestsException"
        case 500: "InternalError"
        case 502: "BadGateway"
        case 503: "ServiceUnavailable"
        case 504: "GatewayTimeout"
        default: "HTTP\(status)"
        }
    }
}

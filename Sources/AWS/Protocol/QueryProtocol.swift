import Foundation

/// The AWS Query protocol (IAM, STS): form-encoded `Action`/`Version` in, XML out.
///
/// Related AWS documentation: https://smithy.io/2.0/aws/protocols/aws-query-protocol.html
public enum QueryProtocol {
    /// The request for `operation` with `input` as form parameters.
    public static func request<Input: Encodable>(
        service: AWSService,
        operation: String,
        input: Input
    ) throws -> OperationRequest {
        guard case .query(let version) = service.wireProtocol else {
            preconditionFailure("\(service.name) does not speak the Query protocol")
        }
        return OperationRequest(
            method: "POST",
            path: "/",
            headers: [(name: "Content-Type", value: "application/x-www-form-urlencoded; charset=utf-8")],
            body: try QueryEncoder().body(action: operation, version: version, input)
        )
    }

    /// Decodes `<OperationResponse><OperationResult>…` into `Output`.
    public static func decode<Output: Decodable>(
        _ type: Output.Type,
        operation: String,
        from response: HTTPResponse
    ) throws -> Output {
        let root = try XMLTree(parsing: response.body)
        let result = root["\(operation)Result"] ?? XMLTree(name: "\(operation)Result")
        return try XMLTreeDecoder().decode(type, from: result)
    }
}

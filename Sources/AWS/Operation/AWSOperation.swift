import Foundation

/// One API operation: its service, its name, and how its input and output go over the wire.
///
/// Operations are values declared once per API call, in a line or two:
/// ```swift
/// static let listAccounts = AWSOperation<ListAccountsRequest, ListAccountsResponse>.json(.organizations, "ListAccounts")
/// ```
/// and called through `AWSClient.send(_:_:)`. The protocol factories (`json`, `query`,
/// `restXML`) hold all wire knowledge, so input and output types stay plain `Codable` structs
/// with no `CodingKeys`: each property is the botocore member name with its first letter
/// lowercased (`NextToken` → `nextToken`, `ID` → `iD`). Paginated inputs and outputs add one
/// conformance (`NextTokenPaginatedRequest`, `MarkerPaginatedResponse`, …); inputs with a
/// `ClientToken` conform to `IdempotentRequest`.
public struct AWSOperation<Input: Sendable, Output: Sendable>: Sendable {
    public let service: AWSService
    public let name: String
    let encode: @Sendable (Input) throws -> OperationRequest
    let decode: @Sendable (HTTPResponse) throws -> Output

    /// An operation with explicit coders; prefer the protocol factories.
    public init(
        service: AWSService,
        name: String,
        encode: @escaping @Sendable (Input) throws -> OperationRequest,
        decode: @escaping @Sendable (HTTPResponse) throws -> Output
    ) {
        self.service = service
        self.name = name
        self.encode = encode
        self.decode = decode
    }

    /// The IAM-style action name, e.g. `organizations:ListAccounts`.
    public var actionName: String { "\(service.signingName):\(name)" }
}

extension AWSOperation where Input: Encodable, Output: Decodable {
    /// An operation on a JSON 1.0/1.1 service (Organizations, Identity Center, CloudTrail, KMS).
    public static func json(_ service: AWSService, _ name: String) -> AWSOperation {
        AWSOperation(
            service: service,
            name: name,
            encode: { input in try JSONProtocol.request(service: service, operation: name, input: input) },
            decode: { response in try JSONProtocol.decode(Output.self, from: response) }
        )
    }

    /// An operation on a Query service (IAM, STS); the answer is read from `<NameResult>`.
    public static func query(_ service: AWSService, _ name: String) -> AWSOperation {
        AWSOperation(
            service: service,
            name: name,
            encode: { input in try QueryProtocol.request(service: service, operation: name, input: input) },
            decode: { response in try QueryProtocol.decode(Output.self, operation: name, from: response) }
        )
    }
}

extension AWSOperation {
    /// An operation on a REST-XML service (S3): `encode` lays out method, path, query and
    /// headers; `decode` reads headers and body (see `RESTXMLProtocol` for the helpers).
    public static func restXML(
        _ service: AWSService,
        _ name: String,
        encode: @escaping @Sendable (Input) throws -> OperationRequest,
        decode: @escaping @Sendable (HTTPResponse) throws -> Output
    ) -> AWSOperation {
        AWSOperation(service: service, name: name, encode: encode, decode: decode)
    }
}

/// The output of an operation that answers with nothing worth reading.
public struct EmptyOutput: Sendable, Hashable, Codable {
    public init() {}
}

/// The input of an operation that takes no parameters.
public struct EmptyInput: Sendable, Hashable, Codable {
    public init() {}
}

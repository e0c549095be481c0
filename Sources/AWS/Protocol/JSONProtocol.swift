import Foundation

/// The AWS JSON 1.0/1.1 protocol: `POST /`, `X-Amz-Target: <prefix>.<Operation>`, JSON both ways.
///
/// Related AWS documentation: https://smithy.io/2.0/aws/protocols/aws-json-1_1-protocol.html
public enum JSONProtocol {
    /// The request for `operation` with `input` as the JSON body.
    public static func request<Input: Encodable>(
        service: AWSService,
        operation: String,
        input: Input
    ) throws -> OperationRequest {
        guard case .json(let version, let targetPrefix) = service.wireProtocol else {
            preconditionFailure("\(service.name) does not speak the JSON protocol")
        }
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .secondsSince1970
        encoder.outputFormatting = .sortedKeys
        encoder.keyEncodingStrategy = .custom { path in
            MemberName(wire: MemberName.wireName(path.last?.stringValue ?? ""))
        }
        var body = try encoder.encode(input)
        if body == Data("[]".utf8) { body = Data("{}".utf8) }
        return OperationRequest(
            method: "POST",
            path: "/",
            headers: [
                (name: "Content-Type", value: "application/x-amz-json-\(version)"),
                (name: "X-Amz-Target", value: "\(targetPrefix).\(operation)"),
            ],
            body: body
        )
    }

    /// Decodes a successful answer; timestamps may be epoch seconds or ISO 8601 strings.
    public static func decode<Output: Decodable>(_ type: Output.Type, from response: HTTPResponse) throws -> Output {
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .custom { path in
            MemberName(wire: MemberName.propertyName(path.last?.stringValue ?? ""))
        }
        decoder.dateDecodingStrategy = .custom { decoder in
            let container = try decoder.singleValueContainer()
            if let seconds = try? container.decode(Double.self) { return Date(timeIntervalSince1970: seconds) }
            let text = try container.decode(String.self)
            guard let date = XMLTreeDecoder.parseDate(text) else {
                throw DecodingError.dataCorruptedError(in: container, debugDescription: "'\(text)' is not a timestamp")
            }
            return date
        }
        let body = response.body.isEmpty ? Data("{}".utf8) : response.body
        return try decoder.decode(type, from: body)
    }

    /// The error code, message and request id of a failed JSON answer.
    ///
    /// The code comes from `__type` (or the `x-amzn-ErrorType` header), with any namespace
    /// (`com.amazonaws…#`) and any `:`-suffix removed.
    static func error(from response: HTTPResponse) -> (code: String?, message: String?) {
        var code = response.header("x-amzn-errortype")
        var message: String?
        if let object = try? JSONDecoder().decode([String: JSONValue].self, from: response.body) {
            if case .string(let type)? = object["__type"] ?? object["code"] ?? object["Code"] { code = type }
            for key in ["message", "Message", "errorMessage"] {
                if case .string(let text)? = object[key] {
                    message = text
                    break
                }
            }
        }
        return (code.map(normalizeCode), message)
    }

    static func normalizeCode(_ raw: String) -> String {
        var code = Substring(raw)
        if let colon = code.firstIndex(of: ":") { code = code[..<colon] }
        if let hash = code.lastIndex(of: "#") { code = code[code.index(after: hash)...] }
        return String(code)
    }
}

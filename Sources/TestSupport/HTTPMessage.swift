/// An HTTP/1.1 request read off a socket: the head lines and a `Content-Length` body.
struct HTTPMessage {
    var requestLine: String
    var headers: [(name: String, value: String)]
    var body: [UInt8]

    func header(_ name: String) -> String? {
        headers.first { $0.name.lowercased() == name.lowercased() }?.value
    }

    /// Reads one request; `nil` when the peer closed or sent something unreadable.
    static func readRequest(from socket: LoopbackSocket) -> HTTPMessage? {
        var buffer: [UInt8] = []
        let separator: [UInt8] = [13, 10, 13, 10]
        var headEnd: Int?
        while headEnd == nil {
            let chunk = socket.read()
            if chunk.isEmpty { return nil }
            buffer += chunk
            headEnd = buffer.firstRange(of: separator)?.lowerBound
            if buffer.count > 1 << 20 && headEnd == nil { return nil }
        }
        guard let end = headEnd else { return nil }
        let head = String(decoding: buffer[..<end], as: UTF8.self)
        var lines = head.split(separator: "\r\n", omittingEmptySubsequences: false).map(String.init)
        guard !lines.isEmpty else { return nil }
        let requestLine = lines.removeFirst()
        let headers = lines.compactMap { line -> (name: String, value: String)? in
            guard let colon = line.firstIndex(of: ":") else { return nil }
            let value = line[line.index(after: colon)...].drop { $0 == " " }
            return (String(line[..<colon]), String(value))
        }
        var message = HTTPMessage(requestLine: requestLine, headers: headers, body: Array(buffer[(end + 4)...]))
        let length = Int(message.header("content-length") ?? "0") ?? 0
        while message.body.count < length {
            let chunk = socket.read()
            if chunk.isEmpty { return nil }
            message.body += chunk
        }
        return message
    }

    /// The request as bytes; with `forcingClose`, `Connection: close` so the upstream ends the stream.
    func serialized(forcingClose: Bool) -> [UInt8] {
        var text = requestLine + "\r\n"
        for header in headers where !(forcingClose && header.name.lowercased() == "connection") {
            text += "\(header.name): \(header.value)\r\n"
        }
        if forcingClose { text += "Connection: close\r\n" }
        text += "\r\n"
        return Array(text.utf8) + body
    }
}

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A blocking TCP socket on 127.0.0.1, the little the test harnesses need: listen, accept,
/// connect, read, write, close (optionally with a reset).
struct LoopbackSocket: Sendable {
    let descriptor: Int32

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    #if canImport(Glibc)
        private static let streamType = Int32(SOCK_STREAM.rawValue)
    #else
        private static let streamType = SOCK_STREAM
    #endif

    private static func address(port: UInt16) -> sockaddr_in {
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = UInt32(0x7F00_0001).bigEndian
        return address
    }

    /// A listening socket on a free loopback port.
    static func listen() throws -> (socket: LoopbackSocket, port: UInt16) {
        let fd = socket(AF_INET, streamType, 0)
        guard fd >= 0 else { throw Failure(description: "socket() failed: errno \(errno)") }
        var yes: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = address(port: 0)
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard bound == 0, systemListen(fd, 128) == 0 else {
            systemClose(fd)
            throw Failure(description: "cannot listen on 127.0.0.1: errno \(errno)")
        }
        var actual = sockaddr_in()
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &actual) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        return (LoopbackSocket(descriptor: fd), UInt16(bigEndian: actual.sin_port))
    }

    /// A port nothing listens on right now (bound, read, released).
    static func freePort() throws -> UInt16 {
        let (socket, port) = try listen()
        socket.close()
        return port
    }

    /// Connects to `port` on 127.0.0.1.
    static func connect(port: UInt16) throws -> LoopbackSocket {
        let fd = socket(AF_INET, streamType, 0)
        guard fd >= 0 else { throw Failure(description: "socket() failed: errno \(errno)") }
        var address = address(port: port)
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                systemConnect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard result == 0 else {
            systemClose(fd)
            throw Failure(description: "cannot connect to 127.0.0.1:\(port): errno \(errno)")
        }
        return LoopbackSocket(descriptor: fd)
    }

    /// The next connection, or `nil` once the socket is closed.
    func accept() -> LoopbackSocket? {
        let fd = systemAccept(descriptor)
        return fd >= 0 ? LoopbackSocket(descriptor: fd) : nil
    }

    /// Up to `count` bytes; empty at end of stream or on error.
    func read(upTo count: Int = 65536) -> [UInt8] {
        var buffer = [UInt8](repeating: 0, count: count)
        let got = buffer.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, count, 0) }
        return got > 0 ? Array(buffer.prefix(got)) : []
    }

    /// Writes all of `bytes`; false when the peer went away.
    @discardableResult
    func write(_ bytes: [UInt8]) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let sent = bytes[offset...].withUnsafeBytes {
                send(descriptor, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL))
            }
            guard sent > 0 else { return false }
            offset += sent
        }
        return true
    }

    func close() {
        shutdown(descriptor, Int32(SHUT_RDWR))
        systemClose(descriptor)
    }

    /// Closes with an RST instead of a FIN, as a crashed load balancer would.
    func reset() {
        var option = linger(l_onoff: 1, l_linger: 0)
        setsockopt(descriptor, SOL_SOCKET, SO_LINGER, &option, socklen_t(MemoryLayout<linger>.size))
        systemClose(descriptor)
    }
}

// The system calls whose names the methods above reuse.
private func systemClose(_ fd: Int32) { _ = close(fd) }
private func systemListen(_ fd: Int32, _ backlog: Int32) -> Int32 { listen(fd, backlog) }
private func systemAccept(_ fd: Int32) -> Int32 { accept(fd, nil, nil) }
private func systemConnect(_ fd: Int32, _ address: UnsafePointer<sockaddr>, _ length: socklen_t) -> Int32 {
    connect(fd, address, length)
}

import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A server of protocol 1 only, as tributary 0.3's was, on 127.0.0.1: its health check says protocol 1 and every
/// other request gets that release's 426 (its own words). Enough to see what today's client does when the server is
/// the older side; a real old binary is not kept in the tree.
final class ProtocolOneServerStandIn: @unchecked Sendable {
    private let listener: Int32
    let port: Int
    private let lock = NSLock()
    private var paths: [String] = []

    /// The paths requested so far.
    var requested: [String] { lock.withLock { paths } }

    /// What its health check says: 1 for a server of protocol 1; a later number plays a server that has moved past
    /// the client's protocol.
    let protocolVersion: Int

    init(port: Int, protocolVersion: Int = 1) throws {
        self.protocolVersion = protocolVersion
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw HarnessError("socket failed") }
        var yes: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(fd, 16) == 0 else {
            close(fd)
            throw HarnessError("cannot listen on 127.0.0.1:\(port)")
        }
        listener = fd
        self.port = port
        let thread = Thread { [weak self] in
            while true {
                let connection = accept(fd, nil, nil)
                guard connection >= 0 else { return }
                self?.answer(connection)
            }
        }
        thread.start()
    }

    private func answer(_ connection: Int32) {
        defer { close(connection) }
        var tv = timeval(tv_sec: 5, tv_usec: 0)
        setsockopt(connection, SOL_SOCKET, SO_RCVTIMEO, &tv, socklen_t(MemoryLayout<timeval>.size))
        var received = Data()
        var buffer = [UInt8](repeating: 0, count: 16_384)
        while received.range(of: Data("\r\n\r\n".utf8)) == nil {
            let count = recv(connection, &buffer, buffer.count, 0)
            guard count > 0 else { return }
            received.append(contentsOf: buffer[0..<count])
        }
        let requestLine = String(decoding: received.prefix { $0 != 13 }, as: UTF8.self)
        let path = requestLine.split(separator: " ").dropFirst().first.map(String.init) ?? "/"
        lock.withLock { paths.append(path) }
        let status: String, body: String
        if path.hasPrefix("/healthz") {
            (status, body) = ("200 OK", #"{"protocolVersion":"# + String(protocolVersion) + #","status":"ok"}"#)
        } else {
            (status, body) = ("426 Upgrade Required", #"{"error":{"code":"protocolMismatch","message":"the client speaks protocol 2, this server 1: this server is older than the client; ask the administrator to upgrade it"}}"#)
        }
        let bytes = Array(body.utf8)
        let head = "HTTP/1.1 \(status)\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: \(bytes.count)\r\nConnection: close\r\n\r\n"
        let reply = Array(head.utf8) + bytes
        _ = reply.withUnsafeBytes { send(connection, $0.baseAddress!, $0.count, Int32(MSG_NOSIGNAL)) }
    }

    func stop() {
        shutdown(listener, Int32(SHUT_RDWR))
        close(listener)
    }

    deinit { stop() }
}

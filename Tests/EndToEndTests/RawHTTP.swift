import Foundation
import Shared
#if canImport(Glibc)
import Glibc
#endif

/// A bare HTTP/1.1 exchange over a socket to 127.0.0.1, for what a well-behaved client library would hide: a body
/// shorter than its Content-Length, hand-made requests, and whether the server closes the connection. Every read
/// has a timeout, so a server that hangs fails the test instead of hanging it.
struct RawHTTP {
    struct Reply {
        var head: String
        var body: String
        /// The server closed the connection after the response (a read returned end of file).
        var closed: Bool
        var status: Int { Int(head.split(separator: " ").dropFirst().first ?? "") ?? 0 }
        func header(_ name: String) -> String? {
            for line in head.split(separator: "\r\n").dropFirst() {
                let parts = line.split(separator: ":", maxSplits: 1)
                if parts.count == 2, parts[0].lowercased() == name.lowercased() { return parts[1].trimmingCharacters(in: .whitespaces) }
            }
            return nil
        }
    }

    let port: Int
    var timeout: TimeInterval = 10

    /// Sends `head` (lines without the final blank line) and `body`, then reads the response; then waits up to
    /// `closeWait` seconds to see whether the server closes the connection.
    func exchange(_ head: [String], body: Data = Data(), closeWait: TimeInterval = 0.2) throws -> Reply {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw HarnessError("socket failed") }
        defer { close(fd) }
        var tv = timeval(tv_sec: Int(timeout), tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &tv, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { throw HarnessError("connect failed") }
        let request = Data((head.joined(separator: "\r\n") + "\r\n\r\n").utf8) + body
        try request.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let sent = send(fd, raw.baseAddress! + offset, raw.count - offset, Int32(MSG_NOSIGNAL))
                guard sent > 0 else { throw HarnessError("send failed after \(offset) bytes") }
                offset += sent
            }
        }
        // Read the head, then the body by its Content-Length.
        var received = Data()
        var buffer = [UInt8](repeating: 0, count: 65_536)
        let deadline = Date().addingTimeInterval(timeout)
        var headEnd: Range<Data.Index>?
        var closed = false
        func readSome() throws -> Bool {
            guard Date() < deadline else { throw HarnessError("no complete response within \(timeout) s: \(String(decoding: received, as: UTF8.self))") }
            let count = recv(fd, &buffer, buffer.count, 0)
            if count == 0 { closed = true; return false }
            if count < 0 {
                if errno == ECONNRESET { closed = true; return false }
                throw HarnessError("no complete response within \(timeout) s (errno \(errno)): \(String(decoding: received, as: UTF8.self))")
            }
            received.append(contentsOf: buffer[0..<count])
            return true
        }
        while headEnd == nil {
            guard try readSome() else { throw HarnessError("connection closed before a response") }
            headEnd = received.range(of: Data("\r\n\r\n".utf8))
        }
        let headText = String(decoding: received[..<headEnd!.lowerBound], as: UTF8.self)
        var reply = Reply(head: headText, body: "", closed: false)
        let length = reply.header("Content-Length").flatMap(Int.init) ?? 0
        while received.count - headEnd!.upperBound < length {
            guard try readSome() else { break }
        }
        reply.body = String(decoding: received[headEnd!.upperBound...].prefix(length), as: UTF8.self)
        // Does the server close? Wait briefly for end of file.
        var wait = timeval(tv_sec: Int(closeWait), tv_usec: .init((closeWait - closeWait.rounded(.down)) * 1_000_000))
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &wait, socklen_t(MemoryLayout<timeval>.size))
        if !closed {
            let count = recv(fd, &buffer, buffer.count, 0)
            closed = count == 0 || (count < 0 && errno == ECONNRESET)
        }
        reply.closed = closed
        return reply
    }

    /// The head lines of an API request.
    static func head(_ method: String, _ path: String, token: String?, extra: [String] = []) -> [String] {
        var lines = ["\(method) \(path) HTTP/1.1", "Host: 127.0.0.1", "\(API.versionHeader): \(API.version)"]
        if let token { lines.append("Authorization: Bearer \(token)") }
        return lines + extra
    }
}

import AsyncHTTPClient
import CompressNIO
import Foundation
import NIOCore
import NIOHTTP1
import Shared

/// Why talking to the server failed: the server said no (`api`), or it could not be reached at all.
public enum ConnectionError: Error, Sendable, CustomStringConvertible, LocalizedMessage {
    case api(APIError, status: Int)
    /// What went wrong on the network, in words (`ServerConnection.plainReason`).
    case unreachable(Phrase)
    case badResponse(String)
    /// The server speaks only protocols older than this client's (its newest is `server`): nothing was sent, and the
    /// replica keeps working offline until the server is updated.
    case serverOlder(server: Int)
    /// The server no longer serves this client's protocol (its newest is `server`): this client must be updated.
    case clientOlder(server: Int)

    public func message(_ tr: Localizer) -> String {
        switch self {
        case .api(let error, let status):
            // The request id lets an administrator find the server's log line for this failure.
            let request = error.request.map { tr("（请求编号 \($0)）", " (request \($0))") } ?? ""
            return tr("服务器拒绝（\(status) \(error.code.rawValue)）：\(error.message)", "Server refused (\(status) \(error.code.rawValue)): \(error.message)") + request
        case .unreachable(let reason): return tr("无法连接服务器：\(reason.zh)。本地数据安全，可稍后再同步。", "Cannot reach the server: \(reason.en). Local work is safe; sync again later.")
        case .badResponse(let reason): return tr("服务器响应无法识别：\(reason)", "Unreadable server response: \(reason)")
        case .serverOlder(let server):
            return tr("服务器比本客户端旧（服务器协议 \(server)，客户端协议 \(API.version)）：本地数据安全，可继续离线工作；请联系管理员升级服务器，之后再同步。",
                      "The server is older than this client (server protocol \(server), client protocol \(API.version)): your work stays safe offline; ask the operator to update the server, then sync again.")
        case .clientOlder(let server):
            return tr("本客户端过旧（客户端协议 \(API.version)，服务器协议 \(server)）：请更新 tributary 后再同步；本地数据安全，可继续离线工作。",
                      "This client is too old for the server (client protocol \(API.version), server protocol \(server)): update tributary, then sync again; your work stays safe offline.")
        }
    }

    public var description: String { message(.english) }
}

/// Counts bytes on the wire (request and response bodies as sent, compressed or not), for benchmarks and reports.
public final class TrafficCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var sentBytes = 0
    private var receivedBytes = 0
    private var requestCount = 0
    public init() {}
    func record(sent: Int, received: Int) {
        lock.withLock {
            sentBytes += sent
            receivedBytes += received
            requestCount += 1
        }
    }
    public var totals: (sent: Int, received: Int, requests: Int) { lock.withLock { (sentBytes, receivedBytes, requestCount) } }
}

/// Sends typed requests for the shared `Endpoints` and decodes their typed responses; the only place the client
/// speaks HTTP. Bodies above 1 KiB are gzip-compressed, and compressed responses are accepted.
public struct ServerConnection: Sendable {
    public let baseURL: String
    let token: String
    let replica: String
    let client: HTTPClient
    let timeout: TimeAmount
    let traffic: TrafficCounter?
    /// What the server said besides the answers (that an update of tributary exists), for the sync to show once.
    public let notices = ServerNotices()

    /// One client for the process with automatic decompression off: `HTTPClient.shared` inflates gzip bodies itself
    /// with a 25× ratio limit (which compact JSON pages can exceed) and leaves the header in place, so this type
    /// inflates responses itself, up to its own size limit.
    /// Connection attempts are not retried: a server that refuses the connection is reported at once (the sync is
    /// safe to rerun), instead of after the whole request timeout.
    public static let defaultClient: HTTPClient = {
        var configuration = HTTPClient.Configuration(decompression: .disabled)
        configuration.timeout.connect = .seconds(10)
        configuration.connectionPool.retryConnectionEstablishment = false
        return HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
    }()

    public init(baseURL: String, token: String, replica: String, client: HTTPClient = ServerConnection.defaultClient,
                timeout: TimeAmount = .seconds(60), traffic: TrafficCounter? = nil) {
        self.traffic = traffic
        self.baseURL = baseURL.hasSuffix("/") ? String(baseURL.dropLast()) : baseURL
        self.token = token
        self.replica = replica
        self.client = client
        self.timeout = timeout
    }

    /// What went wrong on the network, in words a county's staff can act on, instead of NIO's own text
    /// ("connection reset (error set) … errno 111"): refused, timed out, name not found, or interrupted.
    static func plainReason(_ error: Error) -> Phrase {
        let text = String(describing: error).lowercased()
        if text.contains("refused") || text.contains("errno: 111") || text.contains("errno 111") {
            return Phrase("服务器拒绝连接（服务未运行或地址有误）", "the server refused the connection (not running, or a wrong address)")
        }
        if text.contains("timeout") || text.contains("timed out") || text.contains("deadline") {
            return Phrase("连接超时", "the connection timed out")
        }
        if text.contains("name") && (text.contains("resolve") || text.contains("not known") || text.contains("lookup")) {
            return Phrase("找不到服务器地址", "the server's name could not be found")
        }
        return Phrase("网络连接中断", "the network connection was interrupted")
    }

    public func send<Request, Response>(_ endpoint: Endpoint<Request, Response>, _ body: Request? = nil,
                                        query: String? = nil) async throws -> Response {
        var request = HTTPClientRequest(url: baseURL + endpoint.path + (query.map { "?" + $0 } ?? ""))
        request.method = HTTPMethod(rawValue: endpoint.method.rawValue)
        request.headers.add(name: API.versionHeader, value: String(API.version))
        request.headers.add(name: API.replicaHeader, value: replica)
        request.headers.add(name: "Authorization", value: "Bearer " + token)
        request.headers.add(name: "Accept", value: "application/json")
        request.headers.add(name: "Accept-Encoding", value: "gzip")
        var sentBytes = 0
        if let body, !(body is Empty) {
            var buffer = ByteBuffer(bytes: Array(try WireJSON.encoder().encode(body)))
            request.headers.add(name: "Content-Type", value: API.contentType)
            if buffer.readableBytes > 1024 {
                buffer = try buffer.compress(with: .gzip())
                request.headers.add(name: "Content-Encoding", value: "gzip")
            }
            sentBytes = buffer.readableBytes
            request.body = .bytes(buffer)
        }
        let response: HTTPClientResponse
        do {
            response = try await client.execute(request, timeout: timeout)
        } catch {
            throw ConnectionError.unreachable(Self.plainReason(error))
        }
        var data: ByteBuffer
        do {
            data = try await response.body.collect(upTo: Limits.maxBodyBytes * 2)
        } catch {
            throw ConnectionError.unreachable(Self.plainReason(error))
        }
        traffic?.record(sent: sentBytes, received: data.readableBytes)
        if let update = response.headers.first(name: API.updateHeader) { notices.record(update: update) }
        if response.headers.first(name: "Content-Encoding")?.lowercased() == "gzip" {
            do { data = try data.decompress(with: .gzip(), maxSize: Limits.maxBodyBytes * 8) } catch {
                throw ConnectionError.badResponse("gzip: \(error)")
            }
        }
        let bytes = Data(data.readableBytesView)
        guard (200..<300).contains(Int(response.status.code)) else {
            if let error = try? WireJSON.decoder().decode(APIError.Body.self, from: bytes) {
                if error.error.code == .protocolMismatch, let server = await serverProtocol(), server != API.version {
                    throw server < API.version ? ConnectionError.serverOlder(server: server) : ConnectionError.clientOlder(server: server)
                }
                throw ConnectionError.api(error.error, status: Int(response.status.code))
            }
            throw ConnectionError.api(APIError(.internalError, String(decoding: bytes.prefix(300), as: UTF8.self)),
                                      status: Int(response.status.code))
        }
        do {
            return try WireJSON.decoder().decode(Response.self, from: bytes)
        } catch {
            throw ConnectionError.badResponse("\(error)")
        }
    }

    /// The newest protocol the server speaks, from its health check (unversioned in every release), or nil when it
    /// cannot be read: after a 426 it tells whether the client or the server is the older one.
    func serverProtocol() async -> Int? {
        var request = HTTPClientRequest(url: baseURL + Endpoints.health.path)
        request.method = .GET
        guard let response = try? await client.execute(request, timeout: timeout), response.status == .ok,
              let body = try? await response.body.collect(upTo: 64 * 1024),
              let health = try? WireJSON.decoder().decode(HealthResponse.self, from: Data(body.readableBytesView)) else { return nil }
        return health.protocolVersion
    }
}

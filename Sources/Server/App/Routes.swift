import Foundation
import HTTPTypes
import Hummingbird
import Logging
import Shared
import SharedStore

/// The server's routes, registered from the shared `Endpoints` so that paths and body types are the client's own.
/// Every failure becomes an `APIError` body with its 4xx status; a 500 only for a fault of the server itself.
public struct ServerRoutes: Sendable {
    public let store: any ServerStore
    public let clock: any WallClock
    public let drift: DriftBound
    public let metrics: ServerMetrics
    public let logger: Logger
    /// When set, /metrics answers only a request bearing this token (an operator's scraper), 401 otherwise.
    public let metricsToken: String?
    /// Wakes long-polling pulls when a push commits here.
    public let signal = ChangeSignal()
    /// The longest this server holds a pull that asked to wait (at most the protocol's bound): an operator behind a
    /// proxy with a short read timeout sets it lower, and a caller asking for more simply gets an earlier answer.
    public var maxPullWaitSeconds = Limits.maxPullWaitSeconds

    public init(store: any ServerStore, clock: any WallClock = SystemWallClock(), drift: DriftBound = .default,
                metrics: ServerMetrics = ServerMetrics(), logger: Logger = Logger(label: "tributary-server"),
                metricsToken: String? = nil) {
        self.metricsToken = metricsToken
        self.store = store
        self.clock = clock
        self.drift = drift
        self.metrics = metrics
        self.logger = logger
    }

    /// What a handler gets: the request, its caller (for authenticated endpoints) and its decoded body.
    struct Call<Body: Sendable>: Sendable {
        var request: Request
        var principal: Principal?
        var body: Body

        func caller() throws(APIError) -> Principal {
            guard let principal else { throw APIError(.unauthorized, "a bearer token is required") }
            return principal
        }
    }

    public func router() -> Router<BasicRequestContext> {
        let router = Router(context: BasicRequestContext.self)
        router.add(middleware: ErrorAndMetricsMiddleware(metrics: metrics, logger: logger))
        register(Endpoints.health, on: router) { _ in HealthResponse() }
        register(Endpoints.session, on: router) { call in try await self.session(for: try call.caller()) }
        register(Endpoints.push, on: router) { call in try await self.push(call.body, by: try call.caller()) }
        register(Endpoints.pull, on: router) { call in try await self.pull(call.request, by: try call.caller()) }
        register(Endpoints.bootstrap, on: router) { call in try await self.bootstrap(call.request, by: try call.caller()) }
        register(Endpoints.activity, on: router) { call in
            ActivityResponse(offices: try await self.store.activity(offices: try await self.visible(try call.caller())))
        }
        register(Endpoints.registerReplica, on: router) { call in try await self.registerReplica(call.body, by: try call.caller()) }
        register(Endpoints.createUser, on: router) { call in try await self.createUser(call.body, by: try call.caller()) }
        register(Endpoints.listUsers, on: router) { call in try await self.listUsers(by: try call.caller()) }
        register(Endpoints.createToken, on: router) { call in try await self.createToken(call.body, by: try call.caller()) }
        register(Endpoints.revokeToken, on: router) { call in try await self.revokeToken(call.body, by: try call.caller()) }
        router.get(RouterPath(Endpoints.metricsPath)) { request, _ in
            if let metricsToken {
                // Compared by hash: how long the comparison takes tells nothing about the token itself.
                guard let sent = Tokens.bearer(request.headers[.authorization]),
                      Tokens.hash(sent) == Tokens.hash(metricsToken) else {
                    throw APIError(.unauthorized, "/metrics requires the metrics token (Authorization: Bearer …)")
                }
            }
            let openConflicts = try await self.store.openConflictCount()
            return WireBody.text(self.metrics.text(openConflicts: openConflicts), contentType: "text/plain; version=0.0.4", for: request)
        }
        router.get(RouterPath(Endpoints.openAPIPath)) { request, _ in
            WireBody.text(OpenAPIDocument.json(), contentType: API.contentType, for: request)
        }
        return router
    }

    /// The paths and methods this router serves, for the OpenAPI check.
    public static var routes: [(method: String, path: String)] {
        Endpoints.all.map { ($0.method, $0.path) } + [("GET", Endpoints.metricsPath), ("GET", Endpoints.openAPIPath)]
    }

    /// Handlers await the store, which runs its own work where it may block or wait (see `ServerStore`): nothing
    /// here holds an event loop thread.
    private func register<Req, Res>(_ endpoint: Endpoint<Req, Res>, on router: Router<BasicRequestContext>,
                                    _ handler: @escaping @Sendable (Call<Req>) async throws -> Res) {
        router.on(RouterPath(endpoint.path), method: HTTPRequest.Method(rawValue: endpoint.method.rawValue)!) { request, _ -> Response in
            // The previous protocol's requests are translated here, before any check (see `ProtocolVersions`).
            let version = endpoint.path != Endpoints.health.path ? try ProtocolVersions.negotiate(request) : API.version
            // The body is read and decoded after the caller is known and before the store's turn.
            var principal: Principal?
            if endpoint.authenticated { principal = try await self.authenticate(request) }
            let body: Req
            if let empty = Empty() as? Req {
                body = empty
            } else {
                body = try await ProtocolVersions.decode(Req.self, version: version, from: request)
            }
            let call = Call(request: request, principal: principal, body: body)
            let result = try await handler(call)
            return try ProtocolVersions.response(result, version: version, for: request)
        }
    }

    func authenticate(_ request: Request) async throws -> Principal {
        guard let secret = Tokens.bearer(request.headers[.authorization]) else {
            throw APIError(.unauthorized, "missing or malformed Authorization: Bearer token")
        }
        let hash = Tokens.hash(secret)
        let now = clock.nowMs()
        if let principal = try await store.principal(tokenHash: hash, nowMs: now) { return principal }
        if let record = try await store.token(hash: hash), !record.revoked, let expires = record.expiresMs, expires <= now {
            throw APIError(.unauthorized, """
                token \(record.id) of \(record.user) expired at \(OperatorTime.format(expires)); ask the administrator for a \
                new one (tributary-server token rotate \(record.id)) and run tributary attach with it
                """)
        }
        throw APIError(.unauthorized, "unknown or revoked token")
    }

    /// Registers unclaimed replica ids to the caller, or refuses (403) naming the ids that belong to someone else.
    func requireOwnership(of replicas: [String], by principal: Principal, doing what: String) async throws {
        let others = try await store.claimReplicas(replicas, by: principal, atMs: clock.nowMs())
        guard !others.isEmpty else { return }
        let list = others.keys.sorted().map { "\($0) (\(others[$0]!))" }.joined(separator: ", ")
        logger.notice("replica of another user", metadata: ["user": .untrusted(principal.user), "action": "\(what)",
                                                             "replicas": .untrusted(list)])
        throw APIError(.forbidden, """
            replica \(list) belongs to another user; \(principal.user) may \(what) only its own replicas \
            (create one with tributary init --user \(principal.user), then attach it)
            """)
    }

    func registerReplica(_ body: RegisterReplicaRequest, by principal: Principal) async throws -> ReplicaRegistration {
        guard Stamp.isValidReplicaID(body.replica) else {
            throw APIError(.badRequest, "replica must be a replica id (letters, digits, - and _)")
        }
        try await requireOwnership(of: [body.replica], by: principal, doing: "register")
        logger.info("replica registered", metadata: ["user": .untrusted(principal.user), "replica": .untrusted(body.replica)])
        return ReplicaRegistration(replica: body.replica, user: principal.user)
    }

    // MARK: Handlers

    func visible(_ principal: Principal) async throws -> [Office] {
        AccessPolicy.visibleOffices(of: principal, in: try await store.offices())
    }

    func session(for principal: Principal) async throws -> SessionInfo {
        SessionInfo(user: principal.user, role: principal.role, office: principal.office,
                    visibleOffices: try await visible(principal), serverTimeMs: clock.nowMs(), driftBoundMs: drift.ms,
                    logGeneration: try await store.generation())
    }

    func push(_ body: PushRequest, by principal: Principal) async throws -> PushResponse {
        let started = ContinuousClock.now
        defer { metrics.pushSeconds.record(ContinuousClock.now - started) }
        guard principal.role != .admin else { throw APIError(.forbidden, "an admin account cannot push plan changes") }
        guard Stamp.isValidReplicaID(body.replica) else {
            throw APIError(.badRequest, "replica must be a replica id (letters, digits, - and _)")
        }
        guard body.changes.count <= Limits.maxBatchChanges else {
            throw APIError(.batchTooLarge, "a batch holds at most \(Limits.maxBatchChanges) changes; this one has \(body.changes.count)")
        }
        // Stamps name the replica that wrote them; a user may only speak for its own (else it could pass its
        // changes off as another user's replica's, or poison that replica's sync record).
        let replicas = [body.replica] + Set(body.changes.map(\.stamp.replica).filter(Stamp.isValidReplicaID)).subtracting([body.replica]).sorted()
        try await requireOwnership(of: replicas, by: principal, doing: "push for")
        let outcome: PushOutcome
        do {
            outcome = try await store.push(body, by: principal, nowMs: clock.nowMs(), drift: drift)
        } catch let error as ChangeLogError {
            throw APIError(.invalidChange, error.description)
        }
        if let refusal = outcome.refusal {
            logger.notice("push refused", metadata: ["user": .untrusted(principal.user), "replica": .untrusted(body.replica),
                                                     "reason": .untrusted(refusal.message)])
            throw refusal
        }
        if !outcome.applied.applied.isEmpty { await signal.notify() }
        metrics.changesApplied.increment(by: Int64(outcome.applied.applied.count))
        metrics.conflictsRecorded.increment(by: Int64(outcome.applied.conflictsOpened))
        logger.info("push", metadata: [
            "user": .untrusted(principal.user), "replica": .untrusted(body.replica), "applied": "\(outcome.applied.applied.count)",
            "duplicates": "\(outcome.applied.duplicates.count)", "conflictsOpened": "\(outcome.applied.conflictsOpened)",
        ])
        return PushResponse(results: outcome.results, serverTimeMs: clock.nowMs())
    }

    func pull(_ request: Request, by principal: Principal) async throws -> PullResponse {
        let started = ContinuousClock.now
        defer { metrics.pullSeconds.record(ContinuousClock.now - started) }
        let parsed = try PullQuery(query: Self.query(of: request))
        // A replica named in the header must be the caller's: its sync is what the city's board shows.
        let replica = HTTPField.Name(API.replicaHeader).flatMap { request.headers[$0] }.flatMap { Stamp.isValidReplicaID($0) ? $0 : nil }
        if let replica { try await requireOwnership(of: [replica], by: principal, doing: "sync") }
        let offices = Set(try await visible(principal).map(\.id))
        // A long poll: while there is nothing new for this caller, wait for a push to commit (or the bound). The
        // wait holds no store thread.
        let deadline = ContinuousClock.now + .seconds(min(parsed.wait, maxPullWaitSeconds))
        var seen = await signal.current
        let read = { @Sendable in try await self.store.pull(after: parsed.after, limit: parsed.limit, offices: offices) }
        var page = try await read()
        while page.changes.isEmpty && ContinuousClock.now < deadline {
            await signal.wait(after: seen, timeout: deadline - ContinuousClock.now)
            seen = await signal.current
            page = try await read()
        }
        // The last page of a pull ends a sync: remember it for the city's board.
        if !page.more, let replica {
            try await store.recordSync(replica: replica, by: principal, atMs: clock.nowMs())
        }
        return PullResponse(changes: page.changes, cursor: page.cursor, more: page.more, serverTimeMs: clock.nowMs(), end: page.end)
    }

    func bootstrap(_ request: Request, by principal: Principal) async throws -> BootstrapResponse {
        let started = ContinuousClock.now
        defer { metrics.pullSeconds.record(ContinuousClock.now - started) }
        var parsed = try BootstrapQuery(query: Self.query(of: request))
        // Protocol 1 has no `next` to continue by: its start always comes whole.
        if ProtocolVersions.isPrevious(request) { parsed = BootstrapQuery(after: 0, end: nil, limit: nil) }
        let offices = try await visible(principal)
        let page = try await store.bootstrap(offices: Set(offices.map(\.id)), after: parsed.after, end: parsed.end, limit: parsed.limit)
        return BootstrapResponse(changes: page.changes, cursor: page.cursor, offices: offices, serverTimeMs: clock.nowMs(),
                                 next: page.next)
    }

    /// A request's query as the shared query types parse it (the last of a repeated name counts).
    static func query(of request: Request) -> [String: String] {
        var query: [String: String] = [:]
        for (key, value) in request.uri.queryParameters { query[String(key)] = String(value) }
        return query
    }

    func requireAdmin(_ principal: Principal) throws(APIError) {
        guard principal.role == .admin else { throw APIError(.forbidden, "only an admin manages users and tokens") }
    }

    func createUser(_ body: CreateUserRequest, by principal: Principal) async throws -> UserInfo {
        try requireAdmin(principal)
        try await Admin(store: store, clock: clock).addUser(name: body.name, office: body.office, role: body.role)
        return UserInfo(name: body.name, office: body.office, role: body.role)
    }

    func listUsers(by principal: Principal) async throws -> UserList {
        try requireAdmin(principal)
        return UserList(users: try await store.users().map { UserInfo(name: $0.name, office: $0.office, role: $0.role) })
    }

    func createToken(_ body: CreateTokenRequest, by principal: Principal) async throws -> TokenInfo {
        try requireAdmin(principal)
        let expiry = try body.expires.map { try TokenExpiry(parsing: $0) } ?? .never
        return try await Admin(store: store, clock: clock).issueToken(user: body.user, expiry: expiry)
    }

    func revokeToken(_ body: RevokeTokenRequest, by principal: Principal) async throws -> Empty {
        try requireAdmin(principal)
        guard try await store.revokeToken(id: body.id) else { throw APIError(.notFound, "no token \(body.id)") }
        return Empty()
    }
}

/// Turns every error into the protocol's JSON error (unknown routes included), counts requests per route, and logs
/// one line per request.
struct ErrorAndMetricsMiddleware: RouterMiddleware {
    typealias Context = BasicRequestContext
    let metrics: ServerMetrics
    let logger: Logger
    /// Tells clients of the previous protocol that an update exists (a header, and one log line per replica).
    var notices = UpdateNotices()

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let started = ContinuousClock.now
        // The context's logger carries the request id (`hb.request.id`) on every line it writes.
        let logger = context.logger
        var response: Response?
        var failure: APIError?
        var allow: [String] = []
        // TRACE, CONNECT and methods no route serves get a 405 naming the methods the path takes; a TRACE is never
        // echoed back.
        if let allowed = MethodCheck.refusal(method: request.method.rawValue, path: request.uri.path) {
            failure = APIError(.methodNotAllowed, "\(request.method.rawValue) is not served here"
                + (allowed.isEmpty ? "" : "; \(request.uri.path) takes \(allowed.joined(separator: ", "))"))
            allow = allowed
        } else {
            do {
                response = try await next(request, context)
            } catch let error as APIError {
                failure = error
            } catch let error as HorizonPassed {
                failure = error.apiError
            } catch let error as RegistryError {
                switch error {
                case .invalid(let message): failure = APIError(.badRequest, message)
                case .exists(let message): failure = APIError(.replayConflict, message)
                case .unknown(let message): failure = APIError(.notFound, message)
                }
            } catch let error as HTTPError where error.status == .notFound {
                if let allowed = MethodCheck.otherMethods(path: request.uri.path, than: request.method.rawValue) {
                    failure = APIError(.methodNotAllowed, "\(request.uri.path) takes \(allowed.joined(separator: ", ")), not \(request.method.rawValue)")
                    allow = allowed
                } else {
                    failure = APIError(.notFound, "no route \(request.method.rawValue) \(request.uri.path)")
                }
            } catch let error as HTTPError {
                let code: APIError.Code = error.status == .contentTooLarge ? .payloadTooLarge : .badRequest
                failure = APIError(code, error.body ?? error.status.reasonPhrase)
            } catch {
                logger.error("internal error", metadata: ["path": .untrusted(request.uri.path), "error": .untrusted("\(error)")])
                failure = APIError(.internalError, "the server failed; the error is logged")
            }
        }
        if var failure {
            failure.request = context.id
            response = ProtocolVersions.error(failure, for: request)
            if !allow.isEmpty { response?.headers[.allow] = allow.joined(separator: ", ") }
        }
        var answer = response ?? WireBody.error(APIError(.internalError, "no response"), for: request)
        // Every answer names its request, so that a failure a person reports leads to its log line.
        if let name = HTTPField.Name(API.requestIDHeader) { answer.headers[name] = context.id }
        notices.annotate(&answer, for: request, logger: logger)
        // An oversize body is not read to its end: the connection closes after the answer (`CloseAfterResponse`),
        // so a client still sending, or waiting for the server to finish, is released at once.
        if answer.status == .contentTooLarge { answer.headers[.connection] = "close" }
        let route = context.endpointPath ?? "unmatched"
        metrics.request(route: route, method: request.method.rawValue, status: answer.status.code)
        let ms = (ContinuousClock.now - started).components
        logger.info("request", metadata: [
            "method": .untrusted(request.method.rawValue), "path": .untrusted(request.uri.path), "status": "\(answer.status.code)",
            "ms": "\(ms.seconds * 1000 + ms.attoseconds / 1_000_000_000_000_000)",
        ])
        return answer
    }
}

/// Which methods a path takes, from the one route table (`ServerRoutes.routes`): the answer to a method the server
/// does not serve is 405 with an `Allow` header, never a 404 that would suggest the path is wrong.
enum MethodCheck {
    /// Methods no route serves anywhere (TRACE, CONNECT, PATCH, …): refused before routing. Nil when served.
    static func refusal(method: String, path: String) -> [String]? {
        let served = Set(ServerRoutes.routes.map(\.method)).union(["HEAD"])
        guard !served.contains(method.uppercased()) else { return nil }
        return allowed(path: path)
    }

    /// The methods a known path takes when the request used another one; nil for an unknown path.
    static func otherMethods(path: String, than method: String) -> [String]? {
        let methods = allowed(path: path)
        return methods.isEmpty || methods.contains(method.uppercased()) ? nil : methods
    }

    static func allowed(path: String) -> [String] {
        Array(Set(ServerRoutes.routes.filter { $0.path == path }.map(\.method))).sorted()
    }
}

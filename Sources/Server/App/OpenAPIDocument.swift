import Foundation
import Shared

/// The OpenAPI 3.1 description of the protocol, generated from the shared `Endpoints` table plus a summary and body
/// schema per operation. Served at `/openapi.json`, printed by `tributary-server openapi`, committed as
/// `deploy/openapi.json`; a test checks that it lists exactly the routes the router serves and that the committed
/// copy is current.
public enum OpenAPIDocument {
    struct Operation {
        var summary: String
        var request: String?
        var response: String
        var query: [(name: String, description: String)] = []
        var errors: [Int]
    }

    static let operations: [String: Operation] = [
        "GET " + Endpoints.health.path: Operation(summary: "Liveness and protocol version", response: "HealthResponse", errors: []),
        "GET " + Endpoints.session.path: Operation(summary: "The caller's user, office, visible offices, server time and drift bound", response: "SessionInfo", errors: [401, 426]),
        "POST " + Endpoints.push.path: Operation(summary: "Push a batch of changes, all or nothing, idempotent by change id", request: "PushRequest", response: "PushResponse", errors: [400, 401, 403, 409, 413, 422, 426]),
        "GET " + Endpoints.pull.path: Operation(summary: "Changes after a cursor, in server order, one page at a time", response: "PullResponse",
                                                 query: [("after", "cursor from the previous page (0 to start)"), ("limit", "page size, 1 to \(Limits.maxPullPage)"),
                                                         ("wait", "seconds to hold the request while nothing is new, 0 to \(Limits.maxPullWaitSeconds)")], errors: [400, 401, 403, 426]),
        "GET " + Endpoints.bootstrap.path: Operation(summary: "Compacted start for a new replica: current versions and conflict history", response: "BootstrapResponse", errors: [401, 426]),
        "GET " + Endpoints.activity.path: Operation(summary: "Last completed sync of each visible office", response: "ActivityResponse", errors: [401, 426]),
        "POST " + Endpoints.registerReplica.path: Operation(summary: "Register the caller's replica id; 403 when it belongs to another user", request: "RegisterReplicaRequest", response: "ReplicaRegistration", errors: [400, 401, 403, 426]),
        "POST " + Endpoints.createUser.path: Operation(summary: "Create a user (admin)", request: "CreateUserRequest", response: "UserInfo", errors: [400, 401, 403, 404, 409, 426]),
        "GET " + Endpoints.listUsers.path: Operation(summary: "List users (admin)", response: "UserList", errors: [401, 403, 426]),
        "POST " + Endpoints.createToken.path: Operation(summary: "Issue a token for a user (admin); the secret is shown once", request: "CreateTokenRequest", response: "TokenInfo", errors: [400, 401, 403, 404, 426]),
        "POST " + Endpoints.revokeToken.path: Operation(summary: "Revoke a token (admin)", request: "RevokeTokenRequest", response: "Empty", errors: [400, 401, 403, 404, 426]),
    ]

    static func string(_ description: String? = nil, pattern: String? = nil, values: [String]? = nil) -> [String: Any] {
        var schema: [String: Any] = ["type": "string"]
        if let description { schema["description"] = description }
        if let pattern { schema["pattern"] = pattern }
        if let values { schema["enum"] = values }
        return schema
    }

    static func object(_ properties: [String: Any], required: [String]) -> [String: Any] {
        ["type": "object", "properties": properties, "required": required.sorted()]
    }

    static func ref(_ name: String) -> [String: Any] { ["$ref": "#/components/schemas/\(name)"] }
    static func array(_ items: [String: Any]) -> [String: Any] { ["type": "array", "items": items] }
    static var integer: [String: Any] { ["type": "integer", "format": "int64"] }

    static var schemas: [String: Any] {
        let stamp = string("hybrid clock stamp: milliseconds-counter-replica", pattern: "^[0-9]{15}-[0-9]{6}-[A-Za-z0-9_-]+$")
        let office = object(["id": string(), "name": string(), "level": string(values: ["city", "county"]), "parent": string()],
                            required: ["id", "name", "level"])
        let result = object(["id": stamp, "status": string(values: ["accepted", "duplicate", "rejected", "withheld"]), "reason": string(), "reasonZh": string()],
                            required: ["id", "status"])
        let role = string(values: Role.allCases.map(\.rawValue))
        return [
            "Stamp": stamp,
            "Office": office,
            "Change": object([
                "id": ref("Stamp"), "kind": string(values: EntityKind.allCases.map(\.rawValue)), "entity": string(),
                "plan": string(), "office": string(), "field": string("a field of the kind (see Schema)"),
                "value": ["type": ["string", "null"], "maxLength": Limits.maxValueBytes] as [String: Any],
                "replaces": array(ref("Stamp")), "observed": array(ref("Stamp")), "author": string(),
                "resolution": string(values: ResolutionKind.allCases.map(\.rawValue)),
            ], required: ["id", "kind", "entity", "plan", "office", "field", "value", "author"]),
            "PushRequest": object(["replica": string(), "changes": ["type": "array", "items": ref("Change"), "maxItems": Limits.maxBatchChanges] as [String: Any]],
                                  required: ["replica", "changes"]),
            "ChangeResult": result,
            "PushResponse": object(["results": array(ref("ChangeResult")), "serverTimeMs": integer], required: ["results", "serverTimeMs"]),
            "PullResponse": object(["changes": array(ref("Change")), "cursor": integer, "more": ["type": "boolean"], "serverTimeMs": integer, "end": integer],
                                   required: ["changes", "cursor", "more", "serverTimeMs"]),
            "BootstrapResponse": object(["changes": array(ref("Change")), "cursor": integer, "offices": array(ref("Office")), "serverTimeMs": integer],
                                        required: ["changes", "cursor", "offices", "serverTimeMs"]),
            "SessionInfo": object([
                "user": string(), "role": role, "office": ref("Office"), "visibleOffices": array(ref("Office")),
                "serverTimeMs": integer, "driftBoundMs": integer, "protocolVersion": integer, "maxBatchChanges": integer,
                "maxValueBytes": integer, "logGeneration": string(),
            ], required: ["user", "role", "office", "visibleOffices", "serverTimeMs", "driftBoundMs", "protocolVersion", "maxBatchChanges", "maxValueBytes"]),
            "HealthResponse": object(["status": string(), "protocolVersion": integer], required: ["status", "protocolVersion"]),
            "OfficeActivity": object(["office": string(), "lastSyncMs": integer, "replicas": integer], required: ["office", "replicas"]),
            "ActivityResponse": object(["offices": array(ref("OfficeActivity"))], required: ["offices"]),
            "CreateUserRequest": object(["name": string(), "office": string(), "role": role], required: ["name", "office", "role"]),
            "UserInfo": object(["name": string(), "office": string(), "role": role], required: ["name", "office", "role"]),
            "UserList": object(["users": array(ref("UserInfo"))], required: ["users"]),
            "CreateTokenRequest": object(["user": string(), "expires": string("a number of days (90d) or the last valid date (2027-06-30, UTC); absent: never")],
                                         required: ["user"]),
            "TokenInfo": object(["token": string(), "id": string(), "user": string(), "expiresMs": integer], required: ["token", "id", "user"]),
            "RegisterReplicaRequest": object(["replica": string()], required: ["replica"]),
            "ReplicaRegistration": object(["replica": string(), "user": string()], required: ["replica", "user"]),
            "RevokeTokenRequest": object(["id": string()], required: ["id"]),
            "Empty": object([:], required: []),
            "Error": object(["error": object([
                "code": string(values: ["badRequest", "invalidJSON", "unauthorized", "forbidden", "notFound", "replayConflict", "payloadTooLarge",
                                        "invalidChange", "clockDrift", "protocolMismatch", "batchTooLarge", "internalError", "methodNotAllowed"]),
                "message": string(), "results": array(ref("ChangeResult")), "request": string(),
            ], required: ["code", "message"])], required: ["error"]),
        ]
    }

    public static var document: [String: Any] {
        var paths: [String: [String: Any]] = [:]
        let versionParameter: [String: Any] = ["name": API.versionHeader, "in": "header", "required": true,
                                               "schema": ["type": "integer", "enum": [API.version]]]
        for endpoint in Endpoints.all {
            guard let operation = operations["\(endpoint.method) \(endpoint.path)"] else { continue }
            var spec: [String: Any] = ["summary": operation.summary]
            var parameters: [[String: Any]] = operation.query.map {
                ["name": $0.name, "in": "query", "required": false, "description": $0.description, "schema": integer]
            }
            if endpoint.path != Endpoints.health.path { parameters.insert(versionParameter, at: 0) }
            if !parameters.isEmpty { spec["parameters"] = parameters }
            if endpoint.authenticated { spec["security"] = [["bearer": [String]()]] }
            if let request = operation.request {
                spec["requestBody"] = ["required": true, "content": [API.contentType: ["schema": ref(request)]]]
            }
            var responses: [String: Any] = ["200": ["description": "OK", "content": [API.contentType: ["schema": ref(operation.response)]]]]
            for status in operation.errors {
                responses[String(status)] = ["description": "error", "content": [API.contentType: ["schema": ref("Error")]]]
            }
            spec["responses"] = responses
            paths[endpoint.path, default: [:]][endpoint.method.lowercased()] = spec
        }
        paths[Endpoints.metricsPath] = ["get": ["summary": "Prometheus metrics", "responses": ["200": ["description": "Prometheus text format", "content": ["text/plain": ["schema": string()]]]]]]
        paths[Endpoints.openAPIPath] = ["get": ["summary": "This document", "responses": ["200": ["description": "OpenAPI 3.1", "content": [API.contentType: ["schema": ["type": "object"]]]]]]]
        return [
            "openapi": "3.1.0",
            "info": ["title": "Tributary sync protocol", "version": String(API.version),
                     "description": "Offline-first plan sync: push changes, pull after a cursor, bootstrap. Bodies may be gzip-compressed (Content-Encoding / Accept-Encoding)."],
            "paths": paths,
            "components": ["schemas": schemas, "securitySchemes": ["bearer": ["type": "http", "scheme": "bearer"]]],
        ]
    }

    public static func json() -> String {
        let data = (try? JSONSerialization.data(withJSONObject: document, options: [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes])) ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}

import Foundation
import Shared

/// The OpenAPI 3.1 description of the protocol, derived, not written: routes, summaries, query bounds and the
/// refusals particular to a route come from the one `Endpoints` table; body schemas from the Swift request and response
/// types themselves (`SchemaDeriver` encodes samples of them, with the bounds declared from `Limits` and the id rules);
/// the answers every route shares (426 without the protocol header, 401 without a token, 400/413 for a bad or oversize
/// body, `X-Request-Id` on every response) from what `ServerRoutes` and its middleware do. Served at `/openapi.json`,
/// printed by `tributary-server openapi`, committed as `deploy/openapi.json`; tests check it against the router, the
/// types and the committed copy.
public enum OpenAPIDocument {
    /// The statuses a route may answer besides 200, from its table entry and what every route of its kind does.
    static func statuses(of endpoint: EndpointDescription) -> [Int] {
        var codes = endpoint.errors
        if endpoint.versioned { codes.append(.protocolMismatch) }
        if endpoint.authenticated { codes.append(.unauthorized) }
        if endpoint.request != nil { codes += [.badRequest, .payloadTooLarge] }
        return Set(codes.map { APIError($0, "").httpStatus }).sorted()
    }

    /// What each status means, for the document's words.
    static func meaning(of status: Int) -> String {
        switch status {
        case 400: "the request is malformed (bad JSON, a bad id, a bad query parameter)"
        case 401: "no valid bearer token"
        case 403: "the caller's role or replica does not allow it"
        case 404: "what the request names does not exist"
        case 409: "it already exists, or a change id was replayed with different content"
        case 410: "the cursor is older than the server's horizon (history after it was compacted); bootstrap again"
        case 413: "the body or the batch is too large"
        case 422: "a change breaks a rule; results give the verdict on each change of the batch"
        case 426: "the \(API.versionHeader) header is missing or names a protocol version this server does not serve; the message says which side to update"
        default: "error"
        }
    }

    public static func document() throws -> [String: Any] {
        var deriver = SchemaDeriver()
        let errorSchema = try deriver.add(APIError.Body.self)
        let requestID: [String: Any] = [API.requestIDHeader: ["description": "the server's id of this request, also in its log lines", "required": true,
                                                             "schema": ["type": "string"]]]
        let update: [String: Any] = [API.updateHeader: [
            "description": "only to a client of protocol \(API.previousVersion): in words, that an update of tributary exists", "required": false,
            "schema": ["type": "string"]]]
        func content(_ schema: [String: Any]) -> [String: Any] { [API.contentType: ["schema": schema]] }
        var paths: [String: [String: Any]] = [:]
        for endpoint in Endpoints.all {
            var operation: [String: Any] = ["summary": endpoint.summary,
                                            "operationId": endpoint.method.lowercased() + endpoint.path.split(separator: "/").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()]
            var parameters: [[String: Any]] = []
            if endpoint.versioned {
                parameters.append(["name": API.versionHeader, "in": "header", "required": true,
                                   "description": "the protocol version the client speaks: \(API.version), or \(API.previousVersion) (the previous one, "
                                       + "translated by the server: its bodies are this document's without the fields added since, and "
                                       + "its answers carry \(API.updateHeader)); any other answers 426",
                                   "schema": ["type": "integer", "enum": Array(API.supportedVersions)]])
            }
            for query in endpoint.query {
                var schema: [String: Any] = ["type": "integer", "format": "int64", "minimum": query.minimum]
                if let maximum = query.maximum { schema["maximum"] = maximum }
                parameters.append(["name": query.name, "in": "query", "required": false, "description": query.description, "schema": schema])
            }
            if !parameters.isEmpty { operation["parameters"] = parameters }
            if endpoint.authenticated { operation["security"] = [["bearer": [String]()]] }
            if let request = endpoint.request {
                operation["requestBody"] = ["required": true, "content": content(try deriver.add(request))]
            }
            // A versioned route answers a client of the previous protocol with the update notice as well.
            let headers = endpoint.versioned ? requestID.merging(update) { first, _ in first } : requestID
            var responses: [String: Any] = ["200": ["description": "OK", "headers": headers, "content": content(try deriver.add(endpoint.response))]]
            for status in statuses(of: endpoint) {
                responses[String(status)] = ["description": meaning(of: status), "headers": headers, "content": content(errorSchema)]
            }
            operation["responses"] = responses
            paths[endpoint.path, default: [:]][endpoint.method.lowercased()] = operation
        }
        paths[Endpoints.metricsPath] = ["get": [
            "summary": "Prometheus metrics; behind a token when the server has one (--metrics-token-file)",
            "operationId": "getMetrics",
            "responses": [
                "200": ["description": "Prometheus text format", "headers": requestID, "content": ["text/plain": ["schema": ["type": "string"]]]],
                "401": ["description": "the server wants its metrics token", "headers": requestID, "content": content(errorSchema)],
            ] as [String: Any],
        ] as [String: Any]]
        paths[Endpoints.openAPIPath] = ["get": [
            "summary": "This document", "operationId": "getOpenAPI",
            "responses": ["200": ["description": "OpenAPI 3.1", "headers": requestID, "content": content(["type": "object"])]],
        ] as [String: Any]]
        return [
            "openapi": "3.1.0",
            "info": ["title": "Tributary sync protocol", "version": String(API.version),
                     "description": """
                        Offline-first plan sync: push changes, pull after a cursor, bootstrap. Bodies may be gzip-compressed \
                        (Content-Encoding / Accept-Encoding). Every failure is a JSON Error; a method a path does not take is 405 \
                        with Allow. Generated from the Swift types: do not edit by hand (tributary-server openapi).
                        """],
            "paths": paths,
            "components": ["schemas": deriver.components, "securitySchemes": ["bearer": ["type": "http", "scheme": "bearer"]]],
        ]
    }

    public static func json() -> String {
        do {
            let data = try JSONSerialization.data(withJSONObject: try document(), options: [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes])
            return String(decoding: data, as: UTF8.self) + "\n"
        } catch {
            // Derivation fails only when a type's samples leave a property unused or mix shapes: a programming error
            // that the OpenAPI tests name; the server must still start and answer everything else.
            let data = try? JSONSerialization.data(withJSONObject: ["error": "the OpenAPI document could not be derived: \(error)"])
            return String(decoding: data ?? Data(), as: UTF8.self) + "\n"
        }
    }
}

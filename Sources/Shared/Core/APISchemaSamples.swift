import Foundation

// The protocol's types as the OpenAPI document describes them: samples from which `SchemaDeriver` reads each type's
// JSON form, and the bounds the server enforces, from the constants it checks them with. A test holds every sample
// to using every property (each optional filled, each array non-empty, in one sample at least), so a property added
// to a type appears in the document.

extension EntityKind: OpenAPIEnumerated {}
extension ResolutionKind: OpenAPIEnumerated {}
extension Role: OpenAPIEnumerated {}
extension Office.Level: OpenAPIEnumerated {}
extension ChangeResult.Status: OpenAPIEnumerated {}
extension APIError.Code: OpenAPIEnumerated {}

enum SchemaSample {
    static let stamp = Stamp(ms: 1_764_000_000_000, counter: 1, replica: "laptop-1")
    static let county = Office(id: "zhaozhou", name: "肇州县教育局", level: .county, parent: "daqing")
    static let city = Office(id: "daqing", name: "大庆市教育局", level: .city, parent: nil)
    static let edit = Change(stamp: stamp, kind: .section, entity: "s1", plan: "p1", office: "zhaozhou", field: "heading",
                             value: "总体目标", replaces: [Stamp(ms: 1_763_000_000_000, counter: 0, replica: "laptop-1")],
                             observed: [Stamp(ms: 1_763_000_000_000, counter: 2, replica: "laptop-2")], author: "wang",
                             resolution: .merged)
    /// Written without its optional keys and with a null value: how a bare clear looks.
    static let clear = Change(stamp: stamp, kind: .task, entity: "t1", plan: "p1", office: "zhaozhou", field: "due", value: nil, author: "wang")
}

/// `Stamp.isValidReplicaID`, in schema terms.
private let replicaID = SchemaBounds(description: "replica id: 1 to 40 letters, digits, '.', '-' or '_'", pattern: SchemaPatterns.replicaID,
                                     minLength: 1, maxLength: 40)
private let officeID = SchemaBounds(description: "office id: 1 to 40 lower-case letters, digits, '-' or '_'", pattern: SchemaPatterns.officeID,
                                    minLength: 1, maxLength: 40)

extension Stamp: OpenAPISchemaProviding {
    public static var openAPISamples: [Stamp] { [SchemaSample.stamp] }
    public static var openAPIBounds: [String: SchemaBounds] {
        ["": SchemaBounds(description: "hybrid clock stamp: 15 digits of milliseconds, 6 of counter, the replica id", pattern: SchemaPatterns.stamp)]
    }
}

extension Office: OpenAPISchemaProviding {
    public static var openAPISamples: [Office] { [SchemaSample.county, SchemaSample.city] }
    public static var openAPIBounds: [String: SchemaBounds] { ["id": officeID, "parent": officeID] }
}

extension Change: OpenAPISchemaProviding {
    public static var openAPISamples: [Change] { [SchemaSample.edit, SchemaSample.clear] }
    public static var openAPIBounds: [String: SchemaBounds] {
        let id = SchemaBounds(minLength: 1, maxLength: Limits.maxIDLength)
        return [
            "entity": id, "plan": id, "office": id,
            "field": SchemaBounds(description: "a field of the kind (see Schema)"),
            "value": SchemaBounds(description: "the new value, at most \(Limits.maxValueBytes) UTF-8 bytes; null clears the field",
                                  maxLength: Limits.maxValueBytes),
            "author": SchemaBounds(minLength: 1, maxLength: Limits.maxAuthorLength),
            "replaces": SchemaBounds(description: "versions of this field this change supersedes", maxItems: Limits.maxReplaces, uniqueItems: true),
            "observed": SchemaBounds(description: "for a delete: the versions of the entity's other fields the deleter had seen",
                                     maxItems: Limits.maxObserved, uniqueItems: true),
        ]
    }
}

extension PushRequest: OpenAPISchemaProviding {
    public static var openAPISamples: [PushRequest] { [PushRequest(replica: "laptop-1", changes: [SchemaSample.edit, SchemaSample.clear])] }
    public static var openAPIBounds: [String: SchemaBounds] {
        ["replica": replicaID, "changes": SchemaBounds(description: "all or nothing", maxItems: Limits.maxBatchChanges)]
    }
}

extension ChangeResult: OpenAPISchemaProviding {
    public static var openAPISamples: [ChangeResult] {
        [ChangeResult(id: SchemaSample.stamp, status: .rejected, reason: "title is too long", reasonZh: "标题太长")]
    }
}

extension PushResponse: OpenAPISchemaProviding {
    public static var openAPISamples: [PushResponse] {
        [PushResponse(results: [ChangeResult(id: SchemaSample.stamp, status: .accepted)], serverTimeMs: 1_764_000_000_100)]
    }
}

extension PullResponse: OpenAPISchemaProviding {
    public static var openAPISamples: [PullResponse] {
        [PullResponse(changes: [SchemaSample.edit], cursor: 42, more: true, serverTimeMs: 1_764_000_000_100, end: 90)]
    }
}

extension BootstrapResponse: OpenAPISchemaProviding {
    public static var openAPISamples: [BootstrapResponse] {
        [BootstrapResponse(changes: [SchemaSample.edit], cursor: 42, offices: [SchemaSample.county], serverTimeMs: 1_764_000_000_100,
                           next: 17)]
    }
}

extension SessionInfo: OpenAPISchemaProviding {
    public static var openAPISamples: [SessionInfo] {
        [SessionInfo(user: "wang", role: .countyEditor, office: SchemaSample.county, visibleOffices: [SchemaSample.county, SchemaSample.city],
                     serverTimeMs: 1_764_000_000_100, driftBoundMs: 300_000, logGeneration: "3f2a91c0b7d4e5f6a7b8c9d0")]
    }
}

extension HealthResponse: OpenAPISchemaProviding {
    public static var openAPISamples: [HealthResponse] { [HealthResponse()] }
}

extension OfficeActivity: OpenAPISchemaProviding {
    public static var openAPISamples: [OfficeActivity] { [OfficeActivity(office: "zhaozhou", lastSyncMs: 1_764_000_000_100, replicas: 2)] }
}

extension ActivityResponse: OpenAPISchemaProviding {
    public static var openAPISamples: [ActivityResponse] { [ActivityResponse(offices: OfficeActivity.openAPISamples)] }
}

extension CreateUserRequest: OpenAPISchemaProviding {
    public static var openAPISamples: [CreateUserRequest] { [CreateUserRequest(name: "wang", office: "zhaozhou", role: .countyEditor)] }
    public static var openAPIBounds: [String: SchemaBounds] {
        ["name": SchemaBounds(description: "becomes the author of the user's changes: no spaces or control characters",
                              pattern: SchemaPatterns.userName, minLength: 1, maxLength: Limits.maxAuthorLength),
         "office": officeID]
    }
}

extension UserInfo: OpenAPISchemaProviding {
    public static var openAPISamples: [UserInfo] { [UserInfo(name: "wang", office: "zhaozhou", role: .countyEditor)] }
}

extension UserList: OpenAPISchemaProviding {
    public static var openAPISamples: [UserList] { [UserList(users: UserInfo.openAPISamples)] }
}

extension CreateTokenRequest: OpenAPISchemaProviding {
    public static var openAPISamples: [CreateTokenRequest] { [CreateTokenRequest(user: "wang", expires: "90d")] }
    public static var openAPIBounds: [String: SchemaBounds] {
        ["expires": SchemaBounds(description: "a number of days (90d) or the last valid date (2027-06-30, UTC); absent: never")]
    }
}

extension TokenInfo: OpenAPISchemaProviding {
    public static var openAPISamples: [TokenInfo] {
        [TokenInfo(token: "trib_secret", id: "tok-1", user: "wang", expiresMs: 1_771_776_000_000)]
    }
    public static var openAPIBounds: [String: SchemaBounds] { ["token": SchemaBounds(description: "shown once; the server keeps only its hash")] }
}

extension RegisterReplicaRequest: OpenAPISchemaProviding {
    public static var openAPISamples: [RegisterReplicaRequest] { [RegisterReplicaRequest(replica: "laptop-1")] }
    public static var openAPIBounds: [String: SchemaBounds] { ["replica": replicaID] }
}

extension ReplicaRegistration: OpenAPISchemaProviding {
    public static var openAPISamples: [ReplicaRegistration] { [ReplicaRegistration(replica: "laptop-1", user: "wang")] }
}

extension RevokeTokenRequest: OpenAPISchemaProviding {
    public static var openAPISamples: [RevokeTokenRequest] { [RevokeTokenRequest(id: "tok-1")] }
}

extension Empty: OpenAPISchemaProviding {
    public static var openAPISamples: [Empty] { [Empty()] }
}

extension APIError: OpenAPISchemaProviding {
    public static var openAPIName: String { "ErrorDetail" }
    public static var openAPISamples: [APIError] {
        var error = APIError(.invalidChange, "a change of the batch was rejected",
                             results: [ChangeResult(id: SchemaSample.stamp, status: .rejected, reason: "unknown field", reasonZh: "未知字段")])
        error.request = "f3a9c2"
        return [error]
    }
    public static var openAPIBounds: [String: SchemaBounds] {
        ["message": SchemaBounds(description: "what went wrong, in words"),
         "request": SchemaBounds(description: "the server's id of the request (also its X-Request-Id header)")]
    }
}

extension APIError.Body: OpenAPISchemaProviding {
    public static var openAPIName: String { "Error" }
    public static var openAPISamples: [APIError.Body] { APIError.openAPISamples.map { APIError.Body(error: $0) } }
}

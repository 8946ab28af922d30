import Foundation
import Shared
import Testing
@testable import ServerApp

/// The contract: the OpenAPI document against the router, the Swift types and the rules the server enforces. The
/// document is derived from the types, so these tests pin the derivation itself (every property of every type shows,
/// every sample's real JSON conforms) and the bounds (the server accepts what the document allows at the edge and
/// refuses one past it), so that a route, a type or a bound drifting from the document fails here.
struct OpenAPITests {
    static func document() throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(OpenAPIDocument.json().utf8)) as? [String: Any])
    }

    static func schemas() throws -> [String: [String: Any]] {
        let components = try #require(try document()["components"] as? [String: Any])
        return try #require(components["schemas"] as? [String: [String: Any]])
    }

    static func property(_ name: String, of schema: String) throws -> [String: Any] {
        let properties = try #require(try schemas()[schema]?["properties"] as? [String: [String: Any]], "\(schema) has no properties")
        return try #require(properties[name], "\(schema).\(name) is not in the document")
    }

    @Test func theDocumentListsExactlyTheServedRoutes() throws {
        let paths = try #require(try Self.document()["paths"] as? [String: [String: Any]])
        let documented = Set(paths.flatMap { path, operations in operations.keys.map { "\($0.uppercased()) \(path)" } })
        let served = Set(ServerRoutes.routes.map { "\($0.method) \($0.path)" })
        #expect(documented == served)
    }

    @Test func theCommittedCopyIsCurrent() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let committed = try String(contentsOf: root.appendingPathComponent("deploy/openapi.json"), encoding: .utf8)
        #expect(committed == OpenAPIDocument.json(), "run `tributary-server openapi > deploy/openapi.json`")
    }

    @Test func everyRouteNamesItsBodiesHeaderAndRefusals() throws {
        let paths = try #require(try Self.document()["paths"] as? [String: [String: [String: Any]]])
        for endpoint in Endpoints.all {
            let operation = try #require(paths[endpoint.path]?[endpoint.method.lowercased()])
            let responses = try #require(operation["responses"] as? [String: [String: Any]])
            let ok = try #require(responses["200"]?["content"] as? [String: [String: Any]])
            #expect((ok[API.contentType]?["schema"] as? [String: String])?["$ref"] == "#/components/schemas/\(endpoint.response.openAPIName)")
            let body = (operation["requestBody"] as? [String: Any])?["content"] as? [String: [String: Any]]
            #expect((body?[API.contentType]?["schema"] as? [String: String])?["$ref"] == endpoint.request.map { "#/components/schemas/\($0.openAPIName)" })
            let header = (operation["parameters"] as? [[String: Any]] ?? []).first { $0["name"] as? String == API.versionHeader }
            #expect((header != nil) == endpoint.versioned, "\(endpoint.path): the protocol header")
            #expect((responses["426"] != nil) == endpoint.versioned, "\(endpoint.path): 426")
            #expect((responses["401"] != nil) == endpoint.authenticated, "\(endpoint.path): 401")
            #expect((responses["413"] != nil) == (endpoint.request != nil || endpoint.errors.contains(.batchTooLarge)), "\(endpoint.path): 413")
            for (status, response) in responses {
                let headers = response["headers"] as? [String: Any]
                #expect(headers?[API.requestIDHeader] != nil, "\(endpoint.path) \(status): X-Request-Id")
                if status != "200" {
                    let error = (response["content"] as? [String: [String: Any]])?[API.contentType]?["schema"] as? [String: String]
                    #expect(error?["$ref"] == "#/components/schemas/Error", "\(endpoint.path) \(status)")
                }
            }
            for code in endpoint.errors { #expect(responses[String(APIError(code, "").httpStatus)] != nil, "\(endpoint.path): \(code)") }
        }
    }

    /// Every type the document describes, with its samples as `Any`, for the checks below.
    static func describedTypes() throws -> [(name: String, samples: [Any], json: [Any])] {
        func entry<T: OpenAPISchemaProviding>(_ type: T.Type) throws -> (name: String, samples: [Any], json: [Any]) {
            let json = try T.openAPISamples.map { try JSONSerialization.jsonObject(with: WireJSON.encoder().encode($0), options: .fragmentsAllowed) }
            return (T.openAPIName, T.openAPISamples.map { $0 as Any }, json)
        }
        var out: [(name: String, samples: [Any], json: [Any])] = []
        func open<T: OpenAPISchemaProviding>(_ type: T.Type) throws { out.append(try entry(type)) }
        var types: [any OpenAPISchemaProviding.Type] = [APIError.Body.self, APIError.self, Change.self, Stamp.self, Office.self, ChangeResult.self,
                                                         OfficeActivity.self, UserInfo.self]
        for endpoint in Endpoints.all { types += [endpoint.response] + (endpoint.request.map { [$0] } ?? []) }
        var seen: Set<String> = []
        for type in types where seen.insert(type.openAPIName).inserted { try open(type) }
        return out
    }

    @Test func everyTypeOfTheProtocolIsAComponentWithEveryProperty() throws {
        let schemas = try Self.schemas()
        let described = try Self.describedTypes()
        #expect(Set(described.map(\.name)) == Set(schemas.keys), "every component is a Swift type and every type a component")
        for type in described {
            let schema = try #require(schemas[type.name])
            guard let properties = schema["properties"] as? [String: Any] else { continue }
            // Each stored property of the Swift type is used by some sample (an optional filled, an array non-empty),
            // so each shows in the derived schema: as many properties as the type has.
            let mirrors = type.samples.map { Mirror(reflecting: $0) }
            let labels = mirrors[0].children.compactMap(\.label)
            #expect(labels.count == properties.count, "\(type.name): \(labels) against \(properties.keys.sorted())")
            for label in labels {
                let used = mirrors.contains { mirror in
                    guard let value = mirror.children.first(where: { $0.label == label })?.value else { return false }
                    let inner = Mirror(reflecting: value)
                    return !((inner.displayStyle == .optional || inner.displayStyle == .collection) && inner.children.isEmpty)
                }
                #expect(used, "\(type.name).\(label) is nil or empty in every sample: fill it in one so the document shows it")
            }
        }
    }

    @Test func everySampleConformsToItsDerivedSchema() throws {
        let schemas = try Self.schemas()
        for type in try Self.describedTypes() {
            for json in type.json {
                let problems = SchemaCheck(schemas: schemas).problems(json, against: ["$ref": "#/components/schemas/\(type.name)"], at: type.name)
                #expect(problems.isEmpty, "\(problems)")
            }
        }
    }

    @Test func aPropertyTheTypeDoesNotWriteFailsTheCheck() throws {
        // The checker itself bites: a key the type does not have, a missing required key, a wrong type.
        let schemas = try Self.schemas()
        let check = SchemaCheck(schemas: schemas)
        let ref: [String: Any] = ["$ref": "#/components/schemas/HealthResponse"]
        #expect(!check.problems(["status": "ok", "protocolVersion": 1, "extra": true], against: ref, at: "h").isEmpty)
        #expect(!check.problems(["status": "ok"], against: ref, at: "h").isEmpty)
        #expect(!check.problems(["status": 1, "protocolVersion": 1], against: ref, at: "h").isEmpty)
        #expect(check.problems(["status": "ok", "protocolVersion": 1], against: ref, at: "h").isEmpty)
    }

    @Test func optionalAndNullableKeysAreDerivedFromHowTheTypeWritesThem() throws {
        let change = try #require(try Self.schemas()["Change"])
        let required = Set(change["required"] as? [String] ?? [])
        // `value` is always written (null clears), `replaces`/`observed` only when non-empty, `resolution` when present.
        #expect(required == ["id", "kind", "entity", "plan", "office", "field", "value", "author"])
        #expect(try Self.property("value", of: "Change")["type"] as? [String] == ["string", "null"])
        #expect(try Self.property("kind", of: "Change")["enum"] as? [String] == EntityKind.allCases.map(\.rawValue))
        #expect(try Self.property("resolution", of: "Change")["enum"] as? [String] == ResolutionKind.allCases.map(\.rawValue))
        #expect(try Self.property("role", of: "SessionInfo")["enum"] as? [String] == Role.allCases.map(\.rawValue))
        let pull = Set(try Self.schemas()["PullResponse"]?["required"] as? [String] ?? [])
        #expect(!pull.contains("end") && pull.contains("cursor"))
    }

    @Test func theDocumentedBoundsAreTheOnesTheServerEnforces() throws {
        func int(_ value: Any?) throws -> Int { try #require((value as? NSNumber)?.intValue) }
        // A push's batch size.
        let batch = try int(try Self.property("changes", of: "PushRequest")["maxItems"])
        #expect(batch == Limits.maxBatchChanges)
        // A change's ids, author, replaced and observed versions: at the documented edge it passes, one past it fails.
        let edit = Change(stamp: Stamp(ms: 1_764_000_000_000, counter: 0, replica: "r1"), kind: .section, entity: "s1", plan: "p1",
                          office: "zhaozhou", field: "heading", value: "x", author: "wang")
        #expect(ChangeRules.shapeViolation(edit) == nil)
        for key in ["entity", "plan", "office"] {
            let max = try int(try Self.property(key, of: "Change")["maxLength"])
            var ok = edit, tooLong = edit
            let long = String(repeating: "a", count: max)
            switch key {
            case "entity": ok.entity = long; tooLong.entity = long + "a"
            case "plan": ok.plan = long; tooLong.plan = long + "a"
            default: ok.office = long; tooLong.office = long + "a"
            }
            #expect(ChangeRules.shapeViolation(ok) == nil, "\(key) of \(max)")
            #expect(ChangeRules.shapeViolation(tooLong) != nil, "\(key) of \(max + 1)")
        }
        let author = try int(try Self.property("author", of: "Change")["maxLength"])
        var longAuthor = edit
        longAuthor.author = String(repeating: "a", count: author)
        #expect(ChangeRules.shapeViolation(longAuthor) == nil)
        longAuthor.author += "a"
        #expect(ChangeRules.shapeViolation(longAuthor) != nil)
        for key in ["replaces", "observed"] {
            let max = try int(try Self.property(key, of: "Change")["maxItems"])
            let stamps = (0...max).map { Stamp(ms: 1_700_000_000_000, counter: Int32($0), replica: "r2") }
            var ok = edit, tooMany = edit
            if key == "replaces" { ok.replaces = Array(stamps.dropLast()); tooMany.replaces = stamps } else {
                ok.observed = Array(stamps.dropLast()); tooMany.observed = stamps
            }
            #expect(ChangeRules.shapeViolation(ok) == nil, "\(key): \(max)")
            #expect(ChangeRules.shapeViolation(tooMany) != nil, "\(key): \(max + 1)")
        }
        // The pull page's bounds.
        let paths = try #require(try Self.document()["paths"] as? [String: [String: [String: Any]]])
        let parameters = try #require(paths[Endpoints.pull.path]?["get"]?["parameters"] as? [[String: Any]])
        func bounds(_ name: String) throws -> [String: Any] {
            try #require(parameters.first { $0["name"] as? String == name }?["schema"] as? [String: Any])
        }
        let limit = try bounds("limit"), after = try bounds("after")
        let maxLimit = try int(limit["maximum"]), minLimit = try int(limit["minimum"]), minAfter = try int(after["minimum"])
        #expect((try? PullQuery(query: ["limit": "\(maxLimit)"])) != nil)
        #expect((try? PullQuery(query: ["limit": "\(maxLimit + 1)"])) == nil)
        #expect((try? PullQuery(query: ["limit": "\(minLimit)"])) != nil)
        #expect((try? PullQuery(query: ["limit": "\(minLimit - 1)"])) == nil)
        #expect((try? PullQuery(query: ["after": "\(minAfter)"])) != nil)
        #expect((try? PullQuery(query: ["after": "\(minAfter - 1)"])) == nil)
    }

    @Test func theIDPatternsAnswerAsTheServersRulesDo() throws {
        func matches(_ pattern: String, _ text: String) throws -> Bool {
            let regex = try NSRegularExpression(pattern: pattern)
            return regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
        }
        let replicaPattern = try #require(try Self.property("replica", of: "PushRequest")["pattern"] as? String)
        let stampPattern = try #require(try Self.schemas()["Stamp"]?["pattern"] as? String)
        let officePattern = try #require(try Self.property("id", of: "Office")["pattern"] as? String)
        let ids = ["laptop-1", "a", "A.b_c-9", String(repeating: "x", count: 40), String(repeating: "x", count: 41), "", "has space",
                   "逗号", "a,b", "a/b", "a\nb", "Zhaozhou", "zhao-zhou_2", "a.b"]
        for id in ids {
            #expect(try matches(replicaPattern, id) == Stamp.isValidReplicaID(id), "replica id \(id.debugDescription)")
            #expect(try matches(officePattern, id) == Office.isValidID(id), "office id \(id.debugDescription)")
            let stamp = "001764000000000-000001-" + id
            #expect(try matches(stampPattern, stamp) == (Stamp(stamp) != nil), "stamp \(stamp.debugDescription)")
        }
        // User names: the pattern never forbids a name the server takes, and agrees on ordinary ones.
        let namePattern = try #require(try Self.property("name", of: "CreateUserRequest")["pattern"] as? String)
        for name in ["wang", "zhaozhou-editor", "王老师", "a b", "a\tb", "a\u{7f}b", "a\u{85}b", "x", ""] {
            #expect(try matches(namePattern, name) == UserInfo.isValidName(name), "user name \(name.debugDescription)")
        }
        #expect(try matches(namePattern, "a\u{200B}b") || !UserInfo.isValidName("a\u{200B}b"))
        for stamp in ["1764000000000-000001-r", "001764000000000-1-r", "001764000000000-000001", "00176400000000a-000001-r"] {
            #expect(try matches(stampPattern, stamp) == (Stamp(stamp) != nil), "stamp \(stamp.debugDescription)")
        }
    }
}

/// A type the protocol does not have, to show what the derivation makes of a new one: a property added to a type
/// shows in the document with its JSON type, whether it is required, and what it refers to.
private struct Grown: Codable, OpenAPISchemaProviding {
    var count: Int
    var note: String?
    var stamps: [Stamp]
    var role: Role
    var office: Office?
    var flags: [String: Bool]
    static var openAPISamples: [Grown] {
        [Grown(count: 1, note: "n", stamps: [Stamp(ms: 1, counter: 0, replica: "r")], role: .admin, office: nil, flags: ["x": true]),
         Grown(count: 2, note: nil, stamps: [], role: .admin, office: Office(id: "a", name: "A", level: .city, parent: nil), flags: [:])]
    }
    static var openAPIBounds: [String: SchemaBounds] { ["stamps": SchemaBounds(maxItems: 3), "note": SchemaBounds(maxLength: 9)] }
}

struct SchemaDerivationTests {
    @Test func aNewTypeIsDescribedByWhatItsCodableFormWrites() throws {
        var deriver = SchemaDeriver()
        let reference = try deriver.add(Grown.self)
        #expect(reference["$ref"] as? String == "#/components/schemas/Grown")
        let schema = try #require(deriver.components["Grown"])
        let properties = try #require(schema["properties"] as? [String: [String: Any]])
        #expect(Set(properties.keys) == ["count", "note", "stamps", "role", "office", "flags"])
        // Optionals written with encodeIfPresent are not required; everything else is.
        #expect(Set(schema["required"] as? [String] ?? []) == ["count", "stamps", "role", "flags"])
        #expect(properties["count"]?["type"] as? String == "integer")
        #expect(properties["note"]?["type"] as? String == "string")
        #expect(properties["note"]?["maxLength"] as? Int == 9)
        #expect(properties["stamps"]?["maxItems"] as? Int == 3)
        #expect((properties["stamps"]?["items"] as? [String: String])?["$ref"] == "#/components/schemas/Stamp")
        #expect(properties["role"]?["enum"] as? [String] == Role.allCases.map(\.rawValue))
        #expect((properties["office"]?["$ref"] as? String) == "#/components/schemas/Office")
        #expect(properties["flags"]?["type"] as? String == "object")
        // What it refers to is derived too.
        #expect(deriver.components["Stamp"] != nil && deriver.components["Office"] != nil)
    }

    @Test func aPropertyNoSampleFillsIsAnErrorNotASilentGap() throws {
        struct Unfilled: Codable, OpenAPISchemaProviding {
            var list: [Int]
            static var openAPISamples: [Unfilled] { [Unfilled(list: [])] }
        }
        var deriver = SchemaDeriver()
        #expect(throws: SchemaDerivationError.self) { try deriver.add(Unfilled.self) }
        struct Misbound: Codable, OpenAPISchemaProviding {
            var a: Int
            static var openAPISamples: [Misbound] { [Misbound(a: 1)] }
            static var openAPIBounds: [String: SchemaBounds] { ["b": SchemaBounds(maximum: 1)] }
        }
        #expect(throws: SchemaDerivationError.self) { try deriver.add(Misbound.self) }
    }
}

/// A checker for the part of JSON Schema the derived document uses, strict about keys: a key the schema does not
/// name is a problem (the document must show every property the type writes).
struct SchemaCheck {
    let schemas: [String: [String: Any]]

    func problems(_ value: Any, against schema: [String: Any], at path: String) -> [String] {
        if let ref = schema["$ref"] as? String {
            guard let target = schemas[String(ref.split(separator: "/").last ?? "")] else { return ["\(path): unknown \(ref)"] }
            return problems(value, against: target, at: path)
        }
        if let options = schema["anyOf"] as? [[String: Any]] {
            return options.contains { problems(value, against: $0, at: path).isEmpty } ? [] : ["\(path): matches no anyOf branch"]
        }
        let types = (schema["type"] as? [String]) ?? (schema["type"] as? String).map { [$0] } ?? []
        guard let type = jsonType(of: value), types.isEmpty || types.contains(type) || (type == "integer" && types.contains("number")) else {
            return ["\(path): \(jsonType(of: value) ?? "?") is not \(types)"]
        }
        var out: [String] = []
        if let values = schema["enum"] as? [Any], !values.contains(where: { same($0, value) }) {
            out.append("\(path): \(value) is not one of \(values)")
        }
        if let text = value as? String {
            if let max = schema["maxLength"] as? Int, text.count > max { out.append("\(path): longer than \(max)") }
            if let min = schema["minLength"] as? Int, text.count < min { out.append("\(path): shorter than \(min)") }
            if let pattern = schema["pattern"] as? String,
               (try? NSRegularExpression(pattern: pattern))?.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) == nil {
                out.append("\(path): \(text) does not match \(pattern)")
            }
        }
        if let array = value as? [Any] {
            if let max = schema["maxItems"] as? Int, array.count > max { out.append("\(path): more than \(max) items") }
            if let items = schema["items"] as? [String: Any] {
                for (index, item) in array.enumerated() { out += problems(item, against: items, at: "\(path)[\(index)]") }
            }
        }
        if let object = value as? [String: Any] {
            let properties = schema["properties"] as? [String: [String: Any]] ?? [:]
            for key in schema["required"] as? [String] ?? [] where object[key] == nil { out.append("\(path): missing \(key)") }
            for (key, item) in object {
                guard let property = properties[key] else { out.append("\(path): \(key) is not in the document"); continue }
                out += problems(item, against: property, at: "\(path).\(key)")
            }
        }
        return out
    }

    func same(_ a: Any, _ b: Any) -> Bool {
        if let a = a as? String, let b = b as? String { return a == b }
        if a is NSNull, b is NSNull { return true }
        if let a = a as? NSNumber, let b = b as? NSNumber { return jsonType(of: a) == jsonType(of: b) && a == b }
        return false
    }

    func jsonType(of value: Any) -> String? {
        switch value {
        case is NSNull: return "null"
        case let number as NSNumber:
            // JSONSerialization reads true and false as char-typed numbers, integers as long long, others as double.
            switch String(cString: number.objCType) {
            case "c", "B": return "boolean"
            case "d", "f": return "number"
            default: return "integer"
            }
        case is String: return "string"
        case is [Any]: return "array"
        case is [String: Any]: return "object"
        default: return nil
        }
    }
}

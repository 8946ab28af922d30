import Foundation

// The JSON Schema of the protocol's bodies, derived from the Swift types themselves.
//
// Why an encoder written here: the OpenAPI document must not be a third, hand-kept copy of the request and response
// types, and no library in the package mirror derives JSON Schema from `Codable` (swift-openapi-generator goes the
// other way, from a document to Swift). So `SchemaEncoder` encodes sample values of each type and records what their
// `encode(to:)` does: the keys, the JSON type under each key, nesting, array elements, which keys are written only
// when present (`encodeIfPresent`, or absent from some sample: not required) and which may be `null` (an `Optional`
// written with `encode`). Adding a property to a type changes the document; the bounds the server enforces are
// declared beside the samples from the same constants the server checks (`Limits`, the id rules).

/// A request or response type (or a part of one) that the OpenAPI document describes by its own `Codable` form.
public protocol OpenAPISchemaProviding: Encodable {
    /// Values that together write every property: each optional filled in at least one, each array non-empty in at
    /// least one, and (for a type with a hand-written `encode`) a minimal one so that conditional keys show as such.
    static var openAPISamples: [Self] { get }
    /// What the server enforces beyond JSON types, by coding key; the key `""` bounds the value itself.
    static var openAPIBounds: [String: SchemaBounds] { get }
    /// The component's name in `#/components/schemas`.
    static var openAPIName: String { get }
}

extension OpenAPISchemaProviding {
    public static var openAPIBounds: [String: SchemaBounds] { [:] }
    public static var openAPIName: String { String(describing: Self.self) }
}

/// A string enumeration written inline as `{"type": "string", "enum": [every case]}`.
public protocol OpenAPIEnumerated: Encodable {
    static var openAPIValues: [String] { get }
}

extension OpenAPIEnumerated where Self: CaseIterable & RawRepresentable, RawValue == String {
    public static var openAPIValues: [String] { allCases.map(\.rawValue) }
}

/// Bounds and words of one value: the constraints the server enforces, said in JSON Schema terms.
public struct SchemaBounds: Sendable, Equatable {
    public var description: String?
    public var pattern: String?
    public var minLength: Int?
    public var maxLength: Int?
    public var minItems: Int?
    public var maxItems: Int?
    public var uniqueItems: Bool?
    public var minimum: Int64?
    public var maximum: Int64?

    public init(description: String? = nil, pattern: String? = nil, minLength: Int? = nil, maxLength: Int? = nil,
                minItems: Int? = nil, maxItems: Int? = nil, uniqueItems: Bool? = nil, minimum: Int64? = nil, maximum: Int64? = nil) {
        self.description = description
        self.pattern = pattern
        self.minLength = minLength
        self.maxLength = maxLength
        self.minItems = minItems
        self.maxItems = maxItems
        self.uniqueItems = uniqueItems
        self.minimum = minimum
        self.maximum = maximum
    }

    /// The keywords, for a schema object.
    public var keywords: [String: Any] {
        var out: [String: Any] = [:]
        if let description { out["description"] = description }
        if let pattern { out["pattern"] = pattern }
        if let minLength { out["minLength"] = minLength }
        if let maxLength { out["maxLength"] = maxLength }
        if let minItems { out["minItems"] = minItems }
        if let maxItems { out["maxItems"] = maxItems }
        if let uniqueItems { out["uniqueItems"] = uniqueItems }
        if let minimum { out["minimum"] = minimum }
        if let maximum { out["maximum"] = maximum }
        return out
    }
}

/// Patterns of the ids the server checks, each the regular-expression form of the Swift rule beside it (a test
/// holds the two to the same answers).
public enum SchemaPatterns {
    /// `Stamp.isValidReplicaID`.
    public static let replicaID = "^[A-Za-z0-9_.-]{1,40}$"
    /// `Stamp.init?(_:)`: 15 digits of milliseconds, 6 of counter, the replica id.
    public static let stamp = "^[0-9]{15}-[0-9]{6}-[A-Za-z0-9_.-]{1,40}$"
    /// `Office.isValidID`.
    public static let officeID = "^[a-z0-9_-]{1,40}$"
    /// The server's `UserInfo.isValidName`, as far as a pattern that JSON Schema, Python and ICU all read can say it:
    /// no space and no C0 or C1 control character. The server refuses format characters too; the pattern never
    /// forbids a name the server takes.
    public static let userName = "^[^ \\x00-\\x1f\\x7f-\\x9f]+$"
}

/// What one sample's encoding looked like.
indirect enum SchemaShape {
    case null, bool, string
    case integer(format: String?)
    case number
    case array([SchemaShape])
    /// Properties in the order written; `optional` are those written with `encodeIfPresent`.
    case object([(key: String, shape: SchemaShape)], optional: Set<String>)
    /// A component of its own (another `OpenAPISchemaProviding` type).
    case reference(String)
    case enumeration([String])
    /// An `Optional` written with `encode`: present, possibly `null`.
    case nullable(SchemaShape)
}

/// Derives the schema of `OpenAPISchemaProviding` types and of every such type they contain.
public struct SchemaDeriver {
    /// Components derived so far, by name.
    public private(set) var components: [String: [String: Any]] = [:]
    private var pending: [any OpenAPISchemaProviding.Type] = []
    private var derivedNames: Set<String> = []

    public init() {}

    /// Adds `type` and everything it refers to; returns the `$ref` to it.
    @discardableResult
    public mutating func add(_ type: any OpenAPISchemaProviding.Type) throws -> [String: Any] {
        pending.append(type)
        while let next = pending.popLast() {
            guard !derivedNames.contains(next.openAPIName) else { continue }
            derivedNames.insert(next.openAPIName)
            let (schema, referenced) = try Self.derive(next)
            components[next.openAPIName] = schema
            pending.append(contentsOf: referenced)
        }
        return ["$ref": "#/components/schemas/\(type.openAPIName)"]
    }

    /// The schema of one type from its samples, with its bounds applied, and the types it refers to.
    static func derive<T: OpenAPISchemaProviding>(_ type: T.Type) throws -> ([String: Any], [any OpenAPISchemaProviding.Type]) {
        var shapes: [SchemaShape] = []
        var referenced: [any OpenAPISchemaProviding.Type] = []
        for sample in T.openAPISamples {
            let encoder = SchemaEncoder(codingPath: [])
            try sample.encode(to: encoder)
            shapes.append(encoder.storage.shape)
            referenced.append(contentsOf: encoder.storage.referenced)
        }
        guard !shapes.isEmpty else { throw SchemaDerivationError("\(T.openAPIName) has no sample") }
        var schema = try merge(shapes, at: T.openAPIName)
        var bounds = T.openAPIBounds
        if let own = bounds.removeValue(forKey: "") { schema.merge(own.keywords) { _, new in new } }
        if !bounds.isEmpty {
            guard var properties = schema["properties"] as? [String: [String: Any]] else {
                throw SchemaDerivationError("\(T.openAPIName) bounds properties but is not an object")
            }
            for (key, bound) in bounds {
                guard var property = properties[key] else {
                    throw SchemaDerivationError("\(T.openAPIName) bounds \(key), which it does not have")
                }
                Self.apply(bound, to: &property)
                properties[key] = property
            }
            schema["properties"] = properties
        }
        return (schema, referenced)
    }

    /// Array bounds go on the array, string bounds on its items when the property is an array of strings; a
    /// nullable value keeps its bounds on the non-null branch (JSON Schema ignores them for `null`).
    static func apply(_ bound: SchemaBounds, to property: inout [String: Any]) {
        var arrayBound = SchemaBounds(minItems: bound.minItems, maxItems: bound.maxItems, uniqueItems: bound.uniqueItems)
        var valueBound = bound
        valueBound.minItems = nil
        valueBound.maxItems = nil
        valueBound.uniqueItems = nil
        if var items = property["items"] as? [String: Any] {
            arrayBound.description = bound.description
            valueBound.description = nil
            if !(items["$ref"] != nil && valueBound.keywords.isEmpty) { items.merge(valueBound.keywords) { _, new in new } }
            property["items"] = items
            property.merge(arrayBound.keywords) { _, new in new }
        } else {
            property.merge(valueBound.keywords) { _, new in new }
            property.merge(arrayBound.keywords) { _, new in new }
        }
    }

    /// One schema that every sample's shape satisfies.
    static func merge(_ shapes: [SchemaShape], at path: String) throws -> [String: Any] {
        var nullable = false
        var plain: [SchemaShape] = []
        for shape in shapes {
            switch shape {
            case .null: nullable = true
            case .nullable(let inner):
                nullable = true
                if case .null = inner {} else { plain.append(inner) }
            default: plain.append(shape)
            }
        }
        guard let first = plain.first else {
            throw SchemaDerivationError("\(path) is null in every sample: fill it in one")
        }
        var schema: [String: Any]
        switch first {
        case .reference(let name):
            guard plain.allSatisfy({ if case .reference(name) = $0 { true } else { false } }) else {
                throw SchemaDerivationError("\(path) mixes \(name) with other shapes")
            }
            let reference: [String: Any] = ["$ref": "#/components/schemas/\(name)"]
            return nullable ? ["anyOf": [reference, ["type": "null"]]] : reference
        case .enumeration(let values):
            schema = ["type": "string", "enum": values]
        case .bool: schema = ["type": "boolean"]
        case .string: schema = ["type": "string"]
        case .number: schema = ["type": "number"]
        case .integer(let format):
            schema = ["type": "integer"]
            if let format { schema["format"] = format }
        case .array:
            var elements: [SchemaShape] = []
            for case .array(let items) in plain { elements.append(contentsOf: items) }
            guard !elements.isEmpty else { throw SchemaDerivationError("\(path) is an empty array in every sample: fill it in one") }
            schema = ["type": "array", "items": try merge(elements, at: path + "[]")]
        case .object:
            var order: [String] = []
            var byKey: [String: [SchemaShape]] = [:]
            var required: Set<String>?
            var optional: Set<String> = []
            for case .object(let properties, let optionalKeys) in plain {
                for (key, shape) in properties {
                    if byKey[key] == nil { order.append(key) }
                    byKey[key, default: []].append(shape)
                }
                let present = Set(properties.map { $0.key })
                required = required.map { $0.intersection(present) } ?? present
                optional.formUnion(optionalKeys)
            }
            var properties: [String: Any] = [:]
            for key in order { properties[key] = try merge(byKey[key]!, at: path + "." + key) }
            schema = ["type": "object", "properties": properties, "required": (required ?? []).subtracting(optional).sorted()]
        case .null, .nullable:
            fatalError("filtered above")
        }
        for shape in plain where !sameKind(shape, first) {
            throw SchemaDerivationError("\(path) has different JSON types in different samples")
        }
        if nullable {
            schema["type"] = [schema["type"] as! String, "null"]
            if let values = schema["enum"] as? [Any] { schema["enum"] = values + [NSNull()] }
        }
        return schema
    }

    static func sameKind(_ a: SchemaShape, _ b: SchemaShape) -> Bool {
        switch (a, b) {
        case (.bool, .bool), (.string, .string), (.number, .number), (.integer, .integer), (.array, .array), (.object, .object),
             (.enumeration, .enumeration), (.reference, .reference): true
        default: false
        }
    }
}

public struct SchemaDerivationError: Error, CustomStringConvertible {
    public var description: String
    init(_ description: String) { self.description = description }
}

/// Marks `Optional`, so that a property written with `encode` (not `encodeIfPresent`) is known to be nullable.
protocol OptionalMarker {}
extension Optional: OptionalMarker {}

/// What one encoder (one value) wrote.
final class SchemaStorage {
    var shape: SchemaShape = .object([], optional: [])
    var referenced: [any OpenAPISchemaProviding.Type] = []
}

/// An `Encoder` that writes no bytes: it records the shape of what a value encodes (see the note at the top).
final class SchemaEncoder: Encoder {
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }
    let storage = SchemaStorage()

    init(codingPath: [any CodingKey]) { self.codingPath = codingPath }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        storage.shape = .object([], optional: [])
        return KeyedEncodingContainer(KeyedSchemaContainer<Key>(encoder: self))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        storage.shape = .array([])
        return UnkeyedSchemaContainer(encoder: self)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer { SingleSchemaContainer(encoder: self) }

    /// The shape of a nested value: a reference for a component type, inline for anything else.
    func shape<T: Encodable>(of value: T, at key: (any CodingKey)?) throws -> SchemaShape {
        if let enumerated = T.self as? any OpenAPIEnumerated.Type { return .enumeration(enumerated.openAPIValues) }
        if let component = T.self as? any OpenAPISchemaProviding.Type {
            storage.referenced.append(component)
            return .reference(component.openAPIName)
        }
        let nested = SchemaEncoder(codingPath: codingPath + (key.map { [$0] } ?? []))
        try value.encode(to: nested)
        storage.referenced.append(contentsOf: nested.storage.referenced)
        return value is OptionalMarker ? .nullable(nested.storage.shape) : nested.storage.shape
    }

    static func primitive(_ type: Any.Type) -> SchemaShape? {
        switch type {
        case is String.Type: .string
        case is Bool.Type: .bool
        case is Double.Type, is Float.Type: .number
        case is Int.Type, is Int64.Type, is UInt.Type, is UInt64.Type: .integer(format: "int64")
        case is Int32.Type, is Int16.Type, is Int8.Type, is UInt32.Type, is UInt16.Type, is UInt8.Type: .integer(format: "int32")
        default: nil
        }
    }

    func append(_ key: String, _ shape: SchemaShape, optional: Bool) {
        guard case .object(var properties, var optionalKeys) = storage.shape else { return }
        properties.removeAll { $0.key == key }
        properties.append((key, shape))
        if optional { optionalKeys.insert(key) }
        storage.shape = .object(properties, optional: optionalKeys)
    }
}

struct KeyedSchemaContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let encoder: SchemaEncoder
    var codingPath: [any CodingKey] { encoder.codingPath }

    mutating func encodeNil(forKey key: Key) throws { encoder.append(key.stringValue, .null, optional: false) }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        let shape = try Self.primitive(value) ?? encoder.shape(of: value, at: key)
        encoder.append(key.stringValue, shape, optional: false)
    }
    mutating func encodeIfPresent<T: Encodable>(_ value: T?, forKey key: Key) throws {
        guard let value else { return }
        let shape = try Self.primitive(value) ?? encoder.shape(of: value, at: key)
        encoder.append(key.stringValue, shape, optional: true)
    }

    static func primitive<T>(_ value: T) -> SchemaShape? { SchemaEncoder.primitive(T.self) }

    // The primitive overloads all come to the generic ones above.
    mutating func encode(_ value: Bool, forKey key: Key) throws { try encode(value as Bool?, orRequired: key) }
    mutating func encode(_ value: String, forKey key: Key) throws { try encode(value as String?, orRequired: key) }
    mutating func encode(_ value: Double, forKey key: Key) throws { try encode(value as Double?, orRequired: key) }
    mutating func encode(_ value: Float, forKey key: Key) throws { try encode(value as Float?, orRequired: key) }
    mutating func encode(_ value: Int, forKey key: Key) throws { try encode(value as Int?, orRequired: key) }
    mutating func encode(_ value: Int8, forKey key: Key) throws { try encode(value as Int8?, orRequired: key) }
    mutating func encode(_ value: Int16, forKey key: Key) throws { try encode(value as Int16?, orRequired: key) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { try encode(value as Int32?, orRequired: key) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { try encode(value as Int64?, orRequired: key) }
    mutating func encode(_ value: UInt, forKey key: Key) throws { try encode(value as UInt?, orRequired: key) }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { try encode(value as UInt8?, orRequired: key) }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { try encode(value as UInt16?, orRequired: key) }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { try encode(value as UInt32?, orRequired: key) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { try encode(value as UInt64?, orRequired: key) }
    private mutating func encode<T: Encodable>(_ value: T?, orRequired key: Key) throws {
        encoder.append(key.stringValue, SchemaEncoder.primitive(T.self)!, optional: false)
    }

    mutating func encodeIfPresent(_ value: Bool?, forKey key: Key) throws { try present(value, key) }
    mutating func encodeIfPresent(_ value: String?, forKey key: Key) throws { try present(value, key) }
    mutating func encodeIfPresent(_ value: Double?, forKey key: Key) throws { try present(value, key) }
    mutating func encodeIfPresent(_ value: Float?, forKey key: Key) throws { try present(value, key) }
    mutating func encodeIfPresent(_ value: Int?, forKey key: Key) throws { try present(value, key) }
    mutating func encodeIfPresent(_ value: Int8?, forKey key: Key) throws { try present(value, key) }
    mutating func encodeIfPresent(_ value: Int16?, forKey key: Key) throws { try present(value, key) }
    mutating func encodeIfPresent(_ value: Int32?, forKey key: Key) throws { try present(value, key) }
    mutating func encodeIfPresent(_ value: Int64?, forKey key: Key) throws { try present(value, key) }
    mutating func encodeIfPresent(_ value: UInt?, forKey key: Key) throws { try present(value, key) }
    mutating func encodeIfPresent(_ value: UInt8?, forKey key: Key) throws { try present(value, key) }
    mutating func encodeIfPresent(_ value: UInt16?, forKey key: Key) throws { try present(value, key) }
    mutating func encodeIfPresent(_ value: UInt32?, forKey key: Key) throws { try present(value, key) }
    mutating func encodeIfPresent(_ value: UInt64?, forKey key: Key) throws { try present(value, key) }
    private mutating func present<T: Encodable>(_ value: T?, _ key: Key) throws {
        guard value != nil else { return }
        encoder.append(key.stringValue, SchemaEncoder.primitive(T.self)!, optional: true)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        // No protocol type writes nested containers by hand; one that did would show as an empty object here and
        // fail the test that every sample's JSON matches the derived schema.
        KeyedEncodingContainer(KeyedSchemaContainer<NestedKey>(encoder: SchemaEncoder(codingPath: codingPath + [key])))
    }
    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        UnkeyedSchemaContainer(encoder: SchemaEncoder(codingPath: codingPath + [key]))
    }
    mutating func superEncoder() -> any Encoder { SchemaEncoder(codingPath: codingPath) }
    mutating func superEncoder(forKey key: Key) -> any Encoder { SchemaEncoder(codingPath: codingPath + [key]) }
}

struct UnkeyedSchemaContainer: UnkeyedEncodingContainer {
    let encoder: SchemaEncoder
    var codingPath: [any CodingKey] { encoder.codingPath }
    var count: Int {
        if case .array(let items) = encoder.storage.shape { return items.count }
        return 0
    }

    private func add(_ shape: SchemaShape) {
        guard case .array(var items) = encoder.storage.shape else { return }
        items.append(shape)
        encoder.storage.shape = .array(items)
    }

    mutating func encodeNil() throws { add(.null) }
    mutating func encode<T: Encodable>(_ value: T) throws { add(try SchemaEncoder.primitive(T.self) ?? encoder.shape(of: value, at: nil)) }
    mutating func encode(_ value: Bool) throws { add(.bool) }
    mutating func encode(_ value: String) throws { add(.string) }
    mutating func encode(_ value: Double) throws { add(.number) }
    mutating func encode(_ value: Float) throws { add(.number) }
    mutating func encode(_ value: Int) throws { add(.integer(format: "int64")) }
    mutating func encode(_ value: Int8) throws { add(.integer(format: "int32")) }
    mutating func encode(_ value: Int16) throws { add(.integer(format: "int32")) }
    mutating func encode(_ value: Int32) throws { add(.integer(format: "int32")) }
    mutating func encode(_ value: Int64) throws { add(.integer(format: "int64")) }
    mutating func encode(_ value: UInt) throws { add(.integer(format: "int64")) }
    mutating func encode(_ value: UInt8) throws { add(.integer(format: "int32")) }
    mutating func encode(_ value: UInt16) throws { add(.integer(format: "int32")) }
    mutating func encode(_ value: UInt32) throws { add(.integer(format: "int32")) }
    mutating func encode(_ value: UInt64) throws { add(.integer(format: "int64")) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        KeyedEncodingContainer(KeyedSchemaContainer<NestedKey>(encoder: SchemaEncoder(codingPath: codingPath)))
    }
    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer { UnkeyedSchemaContainer(encoder: SchemaEncoder(codingPath: codingPath)) }
    mutating func superEncoder() -> any Encoder { SchemaEncoder(codingPath: codingPath) }
}

struct SingleSchemaContainer: SingleValueEncodingContainer {
    let encoder: SchemaEncoder
    var codingPath: [any CodingKey] { encoder.codingPath }

    mutating func encodeNil() throws { encoder.storage.shape = .null }
    mutating func encode<T: Encodable>(_ value: T) throws {
        encoder.storage.shape = try SchemaEncoder.primitive(T.self) ?? encoder.shape(of: value, at: nil)
    }
    mutating func encode(_ value: Bool) throws { encoder.storage.shape = .bool }
    mutating func encode(_ value: String) throws { encoder.storage.shape = .string }
    mutating func encode(_ value: Double) throws { encoder.storage.shape = .number }
    mutating func encode(_ value: Float) throws { encoder.storage.shape = .number }
    mutating func encode(_ value: Int) throws { encoder.storage.shape = .integer(format: "int64") }
    mutating func encode(_ value: Int8) throws { encoder.storage.shape = .integer(format: "int32") }
    mutating func encode(_ value: Int16) throws { encoder.storage.shape = .integer(format: "int32") }
    mutating func encode(_ value: Int32) throws { encoder.storage.shape = .integer(format: "int32") }
    mutating func encode(_ value: Int64) throws { encoder.storage.shape = .integer(format: "int64") }
    mutating func encode(_ value: UInt) throws { encoder.storage.shape = .integer(format: "int64") }
    mutating func encode(_ value: UInt8) throws { encoder.storage.shape = .integer(format: "int32") }
    mutating func encode(_ value: UInt16) throws { encoder.storage.shape = .integer(format: "int32") }
    mutating func encode(_ value: UInt32) throws { encoder.storage.shape = .integer(format: "int32") }
    mutating func encode(_ value: UInt64) throws { encoder.storage.shape = .integer(format: "int64") }
}

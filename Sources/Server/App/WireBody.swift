import CompressNIO
import Foundation
import Hummingbird
import Shared

/// Request and response bodies on the wire: size limits, gzip both ways, UTF-8 and JSON checks that answer with a
/// readable `APIError` instead of a 500.
enum WireBody {
    static let gzipThreshold = 1024

    static func decode<T: Decodable>(_ type: T.Type, from request: Request) async throws -> T {
        if let length = request.headers[.contentLength].flatMap(Int.init), length > Limits.maxBodyBytes {
            throw APIError(.payloadTooLarge, "the body is \(length) bytes; the limit is \(Limits.maxBodyBytes)")
        }
        var buffer: ByteBuffer
        do {
            buffer = try await request.body.collect(upTo: Limits.maxBodyBytes)
        } catch {
            throw APIError(.payloadTooLarge, "the body is larger than \(Limits.maxBodyBytes) bytes")
        }
        switch request.headers[.contentEncoding]?.lowercased() {
        case nil, "identity":
            break
        case "gzip":
            do {
                let compressedBytes = buffer.readableBytes
                buffer = try buffer.decompress(with: .gzip(), maxSize: Limits.maxBodyBytes)
                // A truncated stream inflates to nothing without an error.
                if buffer.readableBytes == 0 && compressedBytes > 0 { throw CompressNIOError.corruptData }
            } catch let error as CompressNIOError where error == .bufferOverflow {
                throw APIError(.payloadTooLarge, "the body inflates to more than \(Limits.maxBodyBytes) bytes")
            } catch {
                throw APIError(.badRequest, "the body is not valid gzip")
            }
        case let other?:
            throw APIError(.badRequest, "unsupported Content-Encoding \(other); use gzip or none")
        }
        let bytes = Data(buffer.readableBytesView)
        guard bytes.isEmpty == false else { throw APIError(.invalidJSON, "the request needs a JSON body") }
        guard String(validating: bytes, as: UTF8.self) != nil else {
            throw APIError(.invalidJSON, "the body is not valid UTF-8")
        }
        do {
            return try WireJSON.decoder().decode(T.self, from: bytes)
        } catch let error as DecodingError {
            throw APIError(.invalidJSON, describe(error))
        } catch {
            throw APIError(.invalidJSON, "the body is not valid JSON")
        }
    }

    /// A decoding error as a person reads it: where in the body, and what was wrong.
    static func describe(_ error: DecodingError) -> String {
        func path(_ keys: [CodingKey]) -> String {
            let text = keys.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
            return text.isEmpty ? "the body" : String(text.drop { $0 == "." })
        }
        switch error {
        case .dataCorrupted(let context):
            if context.codingPath.isEmpty { return "the body is not valid JSON" }
            return "\(path(context.codingPath)): \(context.debugDescription)"
        case .keyNotFound(let key, let context):
            return "\(path(context.codingPath + [key])) is missing"
        case .typeMismatch(let type, let context):
            return "\(path(context.codingPath)) must be \(typeName(type))"
        case .valueNotFound(let type, let context):
            return "\(path(context.codingPath)) must be \(typeName(type)), not null"
        @unknown default:
            return "the body does not match the protocol"
        }
    }

    private static func typeName(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: return "a string"
        case is Int.Type, is Int64.Type, is Int32.Type: return "an integer"
        case is Bool.Type: return "true or false"
        case is [Any].Type: return "an array"
        default: return "an object"
        }
    }

    static func response<T: Encodable>(_ value: T, status: HTTPResponse.Status = .ok, for request: Request) throws -> Response {
        encode(try WireJSON.encoder().encode(value), status: status, gzip: acceptsGzip(request))
    }

    static func error(_ error: APIError, for request: Request?) -> Response {
        let data = (try? WireJSON.encoder().encode(APIError.Body(error: error))) ?? Data("{\"error\":{\"code\":\"internalError\",\"message\":\"\"}}".utf8)
        return encode(data, status: HTTPResponse.Status(code: error.httpStatus), gzip: request.map(acceptsGzip) ?? false)
    }

    /// A JSON body already encoded (an error in the previous protocol's shape).
    static func json(_ data: Data, status: HTTPResponse.Status, for request: Request) -> Response {
        encode(data, status: status, gzip: acceptsGzip(request))
    }

    static func text(_ text: String, contentType: String, for request: Request) -> Response {
        var response = encode(Data(text.utf8), status: .ok, gzip: acceptsGzip(request))
        response.headers[.contentType] = contentType
        return response
    }

    private static func acceptsGzip(_ request: Request) -> Bool {
        request.headers[.acceptEncoding]?.lowercased().contains("gzip") ?? false
    }

    private static func encode(_ data: Data, status: HTTPResponse.Status, gzip: Bool) -> Response {
        var buffer = ByteBuffer(bytes: data)
        var headers: HTTPFields = [.contentType: API.contentType]
        if gzip && buffer.readableBytes > gzipThreshold, let compressed = try? buffer.compress(with: .gzip()) {
            buffer = compressed
            headers[.contentEncoding] = "gzip"
        }
        headers[.contentLength] = String(buffer.readableBytes)
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: buffer))
    }
}

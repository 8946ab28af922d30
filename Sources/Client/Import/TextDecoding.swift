import Foundation

/// Why a file cannot be imported. The CLI words these for the user; the import itself stays free of UI text.
public enum ImportProblem: Error, Equatable, Sendable {
    /// A Word, PDF or other binary file rather than text ("docx", "doc", "pdf", "binary").
    case notText(format: String)
    /// Bytes that are not UTF-8, first at `byteOffset` (often a GB2312/GBK/GB18030 export).
    case notUTF8(byteOffset: Int)
    /// Nothing but whitespace.
    case empty
    /// Text without numbered headings or lead-phrase headings: it can still be imported as one section.
    case noStructure(paragraphs: Int)
}

/// Turns the bytes of a file into text, refusing what is not text with a reason a person can act on.
public enum TextDecoding {
    public static func decode(_ data: Data) throws -> String {
        let bytes = [UInt8](data)
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) { throw ImportProblem.notText(format: "docx") }
        if bytes.starts(with: [0x25, 0x50, 0x44, 0x46]) { throw ImportProblem.notText(format: "pdf") }
        if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) { throw ImportProblem.notText(format: "doc") }
        var text: String
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            // Windows Notepad's "Unicode": UTF-16 with a byte-order mark.
            guard let decoded = String(data: data, encoding: .utf16) else { throw ImportProblem.notUTF8(byteOffset: 0) }
            text = decoded
        } else {
            if let offset = firstInvalidUTF8(bytes) { throw ImportProblem.notUTF8(byteOffset: offset) }
            text = String(decoding: bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes, as: UTF8.self)
        }
        if text.unicodeScalars.contains(where: { $0.value == 0 }) { throw ImportProblem.notText(format: "binary") }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        if text.allSatisfy(TextCleaning.isSpace) { throw ImportProblem.empty }
        return text
    }

    /// The offset of the first byte that breaks UTF-8, or nil when all of it is valid.
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            let length: Int
            switch b {
            case 0x00...0x7F: i += 1; continue
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return i
            }
            guard i + length <= bytes.count else { return i }
            for k in 1..<length where bytes[i + k] & 0xC0 != 0x80 { return i }
            // Overlong forms and surrogates.
            if b == 0xE0 && bytes[i + 1] < 0xA0 { return i }
            if b == 0xED && bytes[i + 1] > 0x9F { return i }
            if b == 0xF0 && bytes[i + 1] < 0x90 { return i }
            if b == 0xF4 && bytes[i + 1] > 0x8F { return i }
            i += length
        }
        return nil
    }
}

import Foundation

/// `print(…, to: &standardError)` for operator notes that must not mix with a command's output.
struct StandardErrorStream: TextOutputStream {
    mutating func write(_ string: String) { FileHandle.standardError.write(Data(string.utf8)) }
}

nonisolated(unsafe) var standardError = StandardErrorStream()

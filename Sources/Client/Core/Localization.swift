import Foundation

/// Chooses the user's language once: Chinese unless the locale variables ask for English (the first of LC_ALL,
/// LC_MESSAGES, LANG that is set decides, as POSIX does).
public enum Language: Sendable {
    case chinese, english

    public static let current: Language = detect(ProcessInfo.processInfo.environment)

    public static func detect(_ environment: [String: String]) -> Language {
        for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = environment[key], !value.isEmpty {
                return value.lowercased().hasPrefix("en") ? .english : .chinese
            }
        }
        return .chinese
    }
}

/// A user-facing text in the user's language.
public func tr(_ zh: String, _ en: String) -> String {
    Language.current == .english ? en : zh
}

import Foundation

/// The language a person reads, chosen once where a program starts (from the locale variables) and handed to
/// everything that words a message: the review screens, the client's logic and its errors. Nothing below the entry
/// point reads the environment, so a test words the same thing in both languages in one process.
public struct Localizer: Sendable, Equatable, Hashable {
    public enum Language: String, Sendable, Codable, CaseIterable { case chinese, english }

    public var language: Language

    public init(_ language: Language) { self.language = language }
    public init(english: Bool) { self.language = english ? .english : .chinese }

    public static let chinese = Localizer(.chinese)
    public static let english = Localizer(.english)

    /// Chinese unless the locale variables ask for English: the first of LC_ALL, LC_MESSAGES, LANG that is set
    /// decides, as POSIX does.
    public static func detect(_ environment: [String: String]) -> Localizer {
        for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = environment[key], !value.isEmpty {
                return Localizer(value.lowercased().hasPrefix("en") ? .english : .chinese)
            }
        }
        return .chinese
    }

    public var english: Bool { language == .english }

    /// The text in this language: `localizer("已同步", "synced")`.
    public func callAsFunction(_ zh: String, _ en: String) -> String { english ? en : zh }

    /// The same, spelled as the review screens do.
    public func t(_ zh: String, _ en: String) -> String { self(zh, en) }
}

/// An error worded for a person in either language: the code that throws it does not choose, the code that shows it
/// does, with its localizer.
public protocol LocalizedMessage: Error {
    func message(_ localizer: Localizer) -> String
}

/// A text in both languages, for a value that is made in one place and shown in another (an error's detail): the
/// code that shows it picks the language.
public struct Phrase: Sendable, Equatable, Hashable, Codable {
    public var zh: String
    public var en: String
    public init(_ zh: String, _ en: String) {
        self.zh = zh
        self.en = en
    }

    /// The same text in both (a name, a path).
    public init(verbatim text: String) { self.init(text, text) }

    public static func + (a: Phrase, b: Phrase) -> Phrase { Phrase(a.zh + b.zh, a.en + b.en) }
}

extension Localizer {
    public func callAsFunction(_ phrase: Phrase) -> String { self(phrase.zh, phrase.en) }
}

extension RuleViolation {
    /// The reason in the reader's language.
    public func localized(_ localizer: Localizer) -> String { localizer(chinese, english) }
    public var phrase: Phrase { Phrase(chinese, english) }
}

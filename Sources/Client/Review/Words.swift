/// The language of the review screens. The Review target is pure (it cannot read the environment), so the caller
/// passes the language in; the CLI passes the one ClientCore detected.
public struct Words: Sendable, Equatable {
    public var english: Bool
    public init(english: Bool) { self.english = english }
    public static let chinese = Words(english: false)

    public func t(_ zh: String, _ en: String) -> String { english ? en : zh }
}

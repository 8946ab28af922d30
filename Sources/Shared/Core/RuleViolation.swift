import Foundation

/// Why a change breaks a rule of the model, in both of the product's languages.
///
/// The rules (`ChangeRules`, `AccessPolicy`, `SubmissionWorkflow`) are shared by the server and the client. Each
/// rule says *why* once, in Chinese and English, so that a county working offline is told at the moment of the edit
/// the same reason the server would give days later at push time, in the user's own language. The server answers in
/// English (its reasons are read by operators and travel in `APIError`); the client picks the user's language.
public struct RuleViolation: Error, Sendable, Equatable, CustomStringConvertible {
    /// The protocol error class the server answers with.
    public var code: APIError.Code
    public var chinese: String
    public var english: String

    public init(_ code: APIError.Code, zh chinese: String, en english: String) {
        self.code = code
        self.chinese = chinese
        self.english = english
    }

    public var description: String { english }
}

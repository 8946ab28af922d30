import ArgumentParser
import ClientCore
import Shared

/// An option whose value is one of a field's choices: typed, listed in help and offered by shell completion, and
/// accepted by its code or its name in either language (`--status 完成` is `done`), through the same
/// `FieldInput` that `set` uses.
protocol ChoiceArgument: ExpressibleByArgument, CustomStringConvertible {
    static var kind: EntityKind { get }
    static var field: String { get }
    var code: String { get }
    init(code: String)
}

extension ChoiceArgument {
    static var codes: [String] {
        if case .choice(let options)? = Schema.spec(kind: kind, field: field)?.type { return options }
        return []
    }

    init?(argument: String) {
        let code = FieldInput.normalize(kind: Self.kind, field: Self.field, argument)
        guard Self.codes.contains(code) else { return nil }
        self.init(code: code)
    }

    static var allValueStrings: [String] { codes }
    static var defaultCompletionKind: CompletionKind { .list(codes) }
    var description: String { code }

    /// The choices with their names in the user's language, for help texts.
    static var namedChoices: String {
        codes.map { $0 + "（" + FieldInput.displayName(field: field, code: $0, english: false) + "）" }.joined(separator: " ")
    }
}

struct PlanKindArgument: ChoiceArgument {
    static let kind = EntityKind.plan, field = "planKind"
    var code: String
}

struct ComparatorArgument: ChoiceArgument {
    static let kind = EntityKind.indicator, field = "comparator"
    var code: String
}

struct RollupArgument: ChoiceArgument {
    static let kind = EntityKind.indicator, field = "rollup"
    var code: String
}

struct TaskStatusArgument: ChoiceArgument {
    static let kind = EntityKind.task, field = "status"
    var code: String
}

extension Office.Level: ExpressibleByArgument {
    public init?(argument: String) {
        switch argument.trimmingCharacters(in: .whitespaces).lowercased() {
        case "city", "市", "市级": self = .city
        case "county", "县", "县区", "区", "县级": self = .county
        default: return nil
        }
    }

    public static var allValueStrings: [String] { ["city", "county"] }
}

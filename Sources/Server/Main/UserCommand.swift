import ArgumentParser
import ServerApp
import Shared

/// `--role` is a typed choice: listed in help, offered by completion, and taken by its code or its Chinese name.
extension Role: ExpressibleByArgument {
    public init?(argument: String) {
        let text = argument.trimmingCharacters(in: .whitespaces)
        if let role = Role(rawValue: text) ?? Role.allCases.first(where: { $0.rawValue.lowercased() == text.lowercased() }) {
            self = role
            return
        }
        switch text {
        case "县区编辑", "县编辑", "编辑": self = .countyEditor
        case "市级审核", "审核", "市审核": self = .cityReviewer
        case "管理员": self = .admin
        default: return nil
        }
    }

    public static var allValueStrings: [String] { allCases.map(\.rawValue) }
}

struct UserCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "user", abstract: "Manage users",
                                                    subcommands: [Add.self, List.self])

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Create a user bound to an office with a role")
        @OptionGroup var data: DataOptions
        @Argument(help: "user name (also the author of the user's changes)") var name: String
        @Option(help: "office id") var office: String
        @Option(help: ArgumentHelp("what the user may do: countyEditor (县区编辑), cityReviewer (市级审核) or admin (管理员)",
                                   valueName: "role")) var role: Role

        func run() async throws {
            try await data.withAdmin { try await $0.addUser(name: name, office: office, role: role) }
            print("user \(name) added")
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List users")
        @OptionGroup var data: DataOptions
        @Flag(help: "print JSON") var json = false

        func run() async throws {
            let users = try await data.withStore { try await $0.users() }
            if json { return try printJSON(users) }
            for user in users { print([user.name, user.office, user.role.rawValue].joined(separator: "\t")) }
        }
    }
}

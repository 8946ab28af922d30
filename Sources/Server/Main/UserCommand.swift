import ArgumentParser
import ServerApp
import Shared

struct UserCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "user", abstract: "Manage users",
                                                    subcommands: [Add.self, List.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Create a user bound to an office with a role")
        @OptionGroup var data: DataOptions
        @Argument(help: "user name (also the author of the user's changes)") var name: String
        @Option(help: "office id") var office: String
        @Option(help: "countyEditor, cityReviewer or admin") var role: String

        func validate() throws {
            guard Role(rawValue: role) != nil else {
                throw ValidationError("--role must be one of \(Role.allCases.map(\.rawValue).joined(separator: ", "))")
            }
        }

        func run() throws {
            try data.admin().addUser(name: name, office: office, role: Role(rawValue: role)!)
            print("user \(name) added")
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List users")
        @OptionGroup var data: DataOptions
        @Flag(help: "print JSON") var json = false

        func run() throws {
            let users = try data.openStore().users()
            if json { return try printJSON(users) }
            for user in users { print([user.name, user.office, user.role.rawValue].joined(separator: "\t")) }
        }
    }
}

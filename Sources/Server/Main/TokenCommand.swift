import ArgumentParser
import ServerApp
import Shared

struct TokenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "token", abstract: "Issue and revoke tokens",
                                                    subcommands: [Issue.self, Revoke.self])

    struct Issue: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Issue a token for a user (shown once)")
        @OptionGroup var data: DataOptions
        @Argument(help: "user name") var user: String
        @Flag(help: "print JSON {token, id, user}") var json = false

        func run() throws {
            let info = try data.admin().issueToken(user: user)
            if json { return try printJSON(info) }
            print(info.token)
            print("token id \(info.id) for \(user); the secret is shown only now", to: &standardError)
        }
    }

    struct Revoke: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Revoke a token by its id")
        @OptionGroup var data: DataOptions
        @Argument(help: "token id") var id: String

        func run() throws {
            guard try data.openStore().revokeToken(id: id) else { throw RegistryError.unknown("no token \(id)") }
            print("token \(id) revoked")
        }
    }
}

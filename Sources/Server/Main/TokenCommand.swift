import ArgumentParser
import ServerApp
import Shared

struct TokenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "token", abstract: "Issue, list, rotate and revoke tokens",
                                                    subcommands: [Issue.self, List.self, Rotate.self, Revoke.self])

    struct Issue: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Issue a token for a user (shown once)")
        @OptionGroup var data: DataOptions
        @Argument(help: "user name") var user: String
        @Option(help: "expiry: a number of days (90d) or the last valid date (2027-06-30, UTC); default: never")
        var expires: String?
        @Flag(help: "print JSON {token, id, user, expiresMs}") var json = false

        func validate() throws {
            if let expires { _ = try parsedExpiry(expires) }
        }

        func run() async throws {
            let expiry = try expires.map(parsedExpiry) ?? .never
            let info = try await data.withAdmin { try await $0.issueToken(user: user, expiry: expiry) }
            if json { return try printJSON(info) }
            print(info.token)
            let until = info.expiresMs.map { ", valid until \(OperatorTime.format($0))" } ?? ""
            print("token id \(info.id) for \(user)\(until); the secret is shown only now", to: &standardError)
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List tokens: id, user, office, created, expires, state (never a secret)")
        @OptionGroup var data: DataOptions
        @Flag(help: "print JSON") var json = false

        func run() async throws {
            let tokens = try await data.withAdmin { try await $0.listTokens() }
            if json { return try printJSON(tokens) }
            print(["id", "user", "office", "created", "expires", "state"].joined(separator: "\t"))
            for token in tokens {
                print([token.id, token.user, token.office, OperatorTime.format(token.createdMs),
                       token.expiresMs.map(OperatorTime.format) ?? "never", token.state].joined(separator: "\t"))
            }
        }
    }

    struct Rotate: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Replace a token with a new secret for the same user and expiry policy; the old one is revoked")
        @OptionGroup var data: DataOptions
        @Argument(help: "token id (see token list)") var id: String
        @Flag(help: "print JSON {token, id, user, expiresMs}") var json = false

        func run() async throws {
            let info = try await data.withAdmin { try await $0.rotateToken(id: id) }
            if json { return try printJSON(info) }
            print(info.token)
            let until = info.expiresMs.map { ", valid until \(OperatorTime.format($0))" } ?? ""
            print("token \(id) revoked; new token id \(info.id) for \(info.user)\(until); the secret is shown only now",
                  to: &standardError)
        }
    }

    struct Revoke: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Revoke a token by its id")
        @OptionGroup var data: DataOptions
        @Argument(help: "token id") var id: String

        func run() async throws {
            guard try await data.withStore({ try await $0.revokeToken(id: id) }) else { throw RegistryError.unknown("no token \(id)") }
            print("token \(id) revoked")
        }
    }
}

/// `--expires` as the parser's own error (exit 64 with usage) rather than a registry error.
private func parsedExpiry(_ text: String) throws -> TokenExpiry {
    do { return try TokenExpiry(parsing: text) } catch let error as RegistryError { throw ValidationError(error.description) }
}

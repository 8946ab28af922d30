import ArgumentParser
import ServerApp
import Shared

struct OfficeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "office", abstract: "Manage offices",
                                                    subcommands: [Add.self, List.self])

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Register a city or a county office")
        @OptionGroup var data: DataOptions
        @Argument(help: "office id (a-z, 0-9, - and _), e.g. zhaozhou") var id: String
        @Option(help: "name, e.g. 肇州县教育局") var name: String
        @Flag(help: "a city bureau") var city = false
        @Flag(help: "a county bureau (needs --parent)") var county = false
        @Option(help: "the county's city office id") var parent: String?

        func validate() throws {
            guard city != county else { throw ValidationError("give exactly one of --city and --county") }
            if city && parent != nil { throw ValidationError("a city has no --parent") }
            if county && parent == nil { throw ValidationError("a county needs --parent CITY") }
        }

        func run() async throws {
            try await data.withAdmin { try await $0.addOffice(id: id, name: name, level: city ? .city : .county, parent: parent) }
            print("office \(id) added")
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List offices")
        @OptionGroup var data: DataOptions
        @Flag(help: "print JSON") var json = false

        func run() async throws {
            let offices = try await data.withStore { try await $0.offices() }
            if json { return try printJSON(offices) }
            for office in offices {
                print([office.id, office.level.rawValue, office.name, office.parent ?? "-"].joined(separator: "\t"))
            }
        }
    }
}

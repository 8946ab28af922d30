import ArgumentParser
import ServerApp

struct DemoSetupCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo-setup",
        abstract: "Register 大庆市, three counties, their users and tokens; print them as JSON")
    @OptionGroup var data: DataOptions

    func run() async throws { try printJSON(try await data.withAdmin { try await $0.demoSetup() }) }
}

struct OpenAPICommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "openapi", abstract: "Print the OpenAPI document")
    func run() throws { print(OpenAPIDocument.json(), terminator: "") }
}

import ArgumentParser
import ClientCore

struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan", abstract: tr("规划：创建、列出", "Plans: create, list"),
        subcommands: [PlanCreate.self, PlanList.self])
}

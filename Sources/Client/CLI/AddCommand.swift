import ArgumentParser
import ClientCore

struct AddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add", abstract: tr("添加章节、指标、任务", "Add sections, indicators, tasks"),
        subcommands: [AddSection.self, AddIndicator.self, AddTask.self])
}

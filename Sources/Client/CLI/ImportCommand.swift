import ArgumentParser
import ClientCore
import Foundation
import PlanImport
import Shared

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import", abstract: tr("导入规划文本", "Import a plan document (UTF-8 text)"),
        discussion: tr("""
            读取 Word 或网页另存的 UTF-8 文本，按编号（一、（一）1.（1）①）和段首标题分节，提取指标和任务，去掉网页杂项。
            先用 --dry-run 检查，确认后再导入。
            例：tributary import 规划.txt --dry-run；tributary import 规划.txt --period 2021-2025 --kind fiveYear
            """, """
            Reads UTF-8 text saved from Word or a web page, splits it into sections by its numbering (一、（一）1.（1）①) and
            lead headings, finds indicators and tasks, and drops website noise. Check with --dry-run first, then import.
            Example: tributary import plan.txt --dry-run; tributary import plan.txt --period 2021-2025 --kind fiveYear
            """))

    @OptionGroup var replica: ReplicaOptions
    @Argument(help: ArgumentHelp(tr("文本文件，- 表示标准输入", "text file, - for standard input"))) var file: String
    @Flag(name: .customLong("dry-run"), help: ArgumentHelp(tr("只显示将导入的内容，不写入", "show what would be imported, change nothing"))) var dryRun = false
    @Flag(help: ArgumentHelp(tr("输出 JSON", "print JSON"))) var json = false
    @Option(help: ArgumentHelp(tr("规划标题（默认取自文档）", "plan title (default: from the document)"))) var title: String?
    @Option(help: ArgumentHelp(tr("期间：2025 或 2021-2025（默认按标题推断）", "period (default: from the title)"))) var period: String?
    @Option(help: ArgumentHelp(tr("规划类型（默认按标题推断）", "plan kind (default: from the title)"))) var kind: PlanKindArgument?
    @Flag(name: .customLong("as-one-section"), help: ArgumentHelp(tr("整篇导入为一节", "import the whole text as one section"))) var asOneSection = false
    @Option(help: ArgumentHelp(tr("把文档作为对该规划的修改导入（新版本）", "import the document as edits to this plan (a newer version)"))) var update: String?
    @Flag(name: .customLong("new"), help: ArgumentHelp(tr("已有同名同期规划时仍新建一份，不再询问", "make a new plan even if one with this title and period exists"))) var makeNew = false

    func validate() throws {
        if update != nil, makeNew { throw ValidationError(tr("--update 与 --new 不能同时使用", "--update and --new cannot be used together")) }
        if let title, let problem = Schema.problem(kind: .plan, field: "title", value: title) { throw ValidationError(problem) }
        if let title, title.trimmingCharacters(in: .whitespaces).isEmpty { throw ValidationError(tr("标题不能为空", "the title cannot be empty")) }
        if let period, let problem = Schema.problem(kind: .plan, field: "period", value: period) { throw ValidationError(problem) }
    }

    func run() throws {
        let text = try readText()
        let currentYear = Calendar(identifier: .gregorian).component(.year, from: Date())
        let options = ImportOptions(asOneSection: asOneSection, oneSectionHeading: tr("正文", "Text"),
                                    period: period.flatMap(Period.init), currentYear: currentYear)
        let imported: ImportedPlan
        do {
            imported = try PlanTextParser.parse(text, options: options)
        } catch let problem as ImportProblem {
            throw CommandFailure(message: Self.message(problem, file: file))
        }
        let planTitle = title ?? imported.title
        let guess = PlanPeriodGuess.guess(title: planTitle, text: text, currentYear: currentYear)
        let planPeriod = period ?? guess.period
        let planKind = kind?.code ?? guess.kind

        if dryRun {
            if json { try Console.printJSON(imported) } else {
                for line in ImportPreview.lines(imported, period: planPeriod, kind: planKind, in: localizer) { print(line) }
            }
            warnIfImportedBefore(title: planTitle, period: planPeriod)
            return
        }
        guard !planTitle.isEmpty else {
            throw CommandFailure(message: tr("文档中找不到规划标题，请用 --title 指定。未做任何改动。", "No plan title found in the document; give one with --title. Nothing was changed."))
        }
        let replica = try replica.open()
        if let update {
            let plan = try replica.resolveID(update)
            let result = try PlanImporter.update(imported, plan: plan, title: planTitle, period: planPeriod, kind: planKind, into: replica)
            if json { return try Console.printJSON(result) }
            print(tr("已按新版本更新规划《\(planTitle)》（\(OutlinePrinter.shortID(plan))）：修改 \(result.changed) 处，新增 \(result.added) 项，删除 \(result.deleted) 项。修改会像其他编辑一样同步。",
                     "Updated plan \"\(planTitle)\" (\(OutlinePrinter.shortID(plan))) from the new version: \(result.changed) fields changed, \(result.added) items added, \(result.deleted) deleted. The edits sync like any other."))
            for skipped in result.skipped { Console.note(tr("未导入：", "Left out: ") + skipped) }
            return
        }
        let same = try PlanImporter.existing(title: planTitle, period: planPeriod, in: replica)
        if let first = same.first, !makeNew {
            let id = OutlinePrinter.shortID(first.id)
            let question = tr("已有同名同期的规划《\(planTitle)》（\(planPeriod)，\(id)）。要更新它请用 --update \(id)。仍要再建一份吗？[y/N] ",
                              "A plan \"\(planTitle)\" (\(planPeriod), \(id)) already exists. To update it use --update \(id). Make a second one anyway? [y/N] ")
            guard TerminalSession.isInteractive, !json else {
                throw CommandFailure(message: tr("已有同名同期的规划《\(planTitle)》（\(planPeriod)，\(id)），未导入。要更新它：tributary import \(file) --update \(id)；要再建一份：加 --new。未做任何改动。",
                                                 "A plan \"\(planTitle)\" (\(planPeriod), \(id)) already exists; nothing imported. To update it: tributary import \(file) --update \(id); to make a second one, add --new. Nothing was changed."))
            }
            FileHandle.standardError.write(Data(question.utf8))
            let answer = readLine()?.trimmingCharacters(in: .whitespaces).lowercased() ?? ""
            guard answer == "y" || answer == "yes" || answer == "是" else {
                throw CommandFailure(message: tr("已取消，未作任何修改", "cancelled; nothing changed"))
            }
        }
        let summary = try PlanImporter.write(imported, title: planTitle, period: planPeriod, kind: planKind, into: replica)
        if json { return try Console.printJSON(summary) }
        print(tr("已导入规划《\(planTitle)》（\(planPeriod)，\(OutlinePrinter.planKindName(planKind, in: localizer))），编号 \(summary.plan)",
                 "Imported plan \"\(planTitle)\" (\(planPeriod), \(OutlinePrinter.planKindName(planKind, in: localizer))), id \(summary.plan)"))
        print(tr("共 \(summary.sections) 节、\(summary.indicators) 个指标、\(summary.tasks) 项任务；丢弃 \(summary.dropped) 行非正文内容。",
                 "\(summary.sections) sections, \(summary.indicators) indicators, \(summary.tasks) tasks; \(summary.dropped) lines dropped as noise."))
        for skipped in summary.skipped { Console.note(tr("未导入：", "Left out: ") + skipped) }
        print(tr("用 tributary show \(OutlinePrinter.shortID(summary.plan)) 查看，tributary import --dry-run 可查看丢弃的行。",
                 "See it with: tributary show \(OutlinePrinter.shortID(summary.plan)); --dry-run lists the dropped lines."))
    }

    /// The dry run says what the real import would ask: a plan with this title and period is already in the replica.
    /// A dry run needs no replica, so a missing or unreadable one says nothing.
    func warnIfImportedBefore(title: String, period: String) {
        guard !title.isEmpty, update == nil, !makeNew, FileManager.default.fileExists(atPath: replica.path),
              let opened = try? replica.open(), let first = try? PlanImporter.existing(title: title, period: period, in: opened).first
        else { return }
        let id = OutlinePrinter.shortID(first.id)
        Console.note(tr("副本中已有同名同期的规划《\(title)》（\(period)，\(id)）：导入时会先询问；要作为新版本导入，用 --update \(id)。",
                        "The replica already holds a plan \"\(title)\" (\(period), \(id)): the import will ask first; to import this as its newer version, use --update \(id)."))
    }

    func readText() throws -> String {
        let data: Data
        if file == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: file, isDirectory: &isDirectory) else {
                throw CommandFailure(message: tr("找不到文件 \(file)", "No such file: \(file)"))
            }
            guard !isDirectory.boolValue, let contents = FileManager.default.contents(atPath: file) else {
                throw CommandFailure(message: tr("无法读取 \(file)", "Cannot read \(file)"))
            }
            data = contents
        }
        do {
            return try TextDecoding.decode(data)
        } catch let problem as ImportProblem {
            throw CommandFailure(message: Self.message(problem, file: file))
        }
    }

    static func message(_ problem: ImportProblem, file: String) -> String {
        let name = file == "-" ? tr("标准输入", "standard input") : file
        switch problem {
        case .notText(let format):
            switch format {
            case "docx", "doc":
                return tr("\(name) 是 Word 文档，不是文本。请在 Word 中“另存为”纯文本（编码选 UTF-8）后再导入。未做任何改动。",
                          "\(name) is a Word document, not text. Save it as plain text (UTF-8) in Word, then import that. Nothing was changed.")
            case "pdf":
                return tr("\(name) 是 PDF 文件，不是文本。请复制其中文字另存为 UTF-8 文本后再导入。未做任何改动。",
                          "\(name) is a PDF, not text. Copy its text into a UTF-8 text file and import that. Nothing was changed.")
            default:
                return tr("\(name) 不是文本文件。未做任何改动。", "\(name) is not a text file. Nothing was changed.")
            }
        case .notUTF8(let offset):
            return tr("\(name) 不是 UTF-8 文本（第 \(offset) 字节起无法按 UTF-8 读取），可能是 GBK/GB18030 编码。请先转换，例如：iconv -f GB18030 -t UTF-8 \(file) > 规划-utf8.txt。未做任何改动。",
                      "\(name) is not UTF-8 text (byte \(offset) cannot be read as UTF-8); it may be GBK/GB18030. Convert it first, e.g. iconv -f GB18030 -t UTF-8 \(file) > plan-utf8.txt. Nothing was changed.")
        case .empty:
            return tr("\(name) 是空的，没有可导入的内容。", "\(name) is empty; there is nothing to import.")
        case .noStructure(let paragraphs):
            return tr("在 \(name) 的 \(paragraphs) 段文字中找不到章节标题（一、（一）1.（1）① 等编号，或“实施……行动。”这样的段首标题），无法分节。如仍要导入，请加 --as-one-section 整篇导入为一节。未做任何改动。",
                      "Found no headings in the \(paragraphs) paragraphs of \(name) (numbers such as 一、（一）1.（1）①, or lead-phrase headings), so it cannot be split into sections. To import it anyway as one section, add --as-one-section. Nothing was changed.")
        }
    }
}

import Foundation
import Testing

/// The everyday path of county staff through the real binary: discoverable fields, values typed the way people type
/// them, long text from an editor or standard input, an entry's whole history, the version.
struct EverydayCLITests {
    func county(_ folder: TempFolder, english: Bool = false) throws -> (ClientReplica, plan: String, section: String, indicator: String, task: String) {
        let replica = ClientReplica(folder, "zhaozhou", english: english)
        try replica.t(["init", "--office", "zhaozhou", "--name", "肇州县教育局", "--parent", "daqing", "--user", "zhaozhou-editor"])
        let plan = try replica.out("plan", "create", "--title", "肇州县2025年教育工作计划", "--period", "2025")
        let section = try replica.out("add", "section", "--plan", plan, "--heading", "主要目标")
        let indicator = try replica.out("add", "indicator", "--plan", plan, "--section", section, "--name", "普惠性幼儿园覆盖率",
                                        "--value", "85", "--unit", "%")
        let task = try replica.out("add", "task", "--plan", plan, "--section", section, "--title", "迎检")
        return (replica, plan, section, indicator, task)
    }

    @Test func fieldsAreListedWithTheirValues() throws {
        let folder = TempFolder()
        let (replica, _, _, _, _) = try county(folder)
        _ = replica
        let fields = try run(Binaries.client, ["fields", "task"]).stdout
        #expect(fields.contains("status") && fields.contains("已完成") && fields.contains("done") && fields.contains("due"))
        #expect(!fields.contains("byOffice") && !fields.contains("place"))
        let help = try run(Binaries.client, ["set", "--help"]).stdout
        #expect(help.contains("指标（indicator）") && help.contains("comparator") && help.contains("rollup"))
        let english = try run(Binaries.client, ["fields", "indicator"], environment: ["LANG": "en_US.UTF-8"]).stdout
        #expect(english.contains("one of:") && !english.contains("取值"))
        let wrong = try run(Binaries.client, ["fields", "teacher"])
        #expect(wrong.status == 64)
        #expect(wrong.stderr.contains("没有这类条目"))
    }

    @Test func valuesAreTakenAsPeopleTypeThem() throws {
        let folder = TempFolder()
        let (replica, _, _, indicator, task) = try county(folder)
        try replica.t(["set", task, "status", "完成"])
        #expect((try replica.json("history", task, "status") as? [[String: Any]])?.last?["value"] as? String == "done")
        try replica.t(["set", task, "status", "in progress"])
        #expect((try replica.json("history", task, "status") as? [[String: Any]])?.last?["value"] as? String == "inProgress")
        try replica.t(["set", indicator, "value", " 88% "])
        #expect((try replica.json("history", indicator, "value") as? [[String: Any]])?.last?["value"] as? String == "88")
        let words = try replica.t(["set", indicator, "value", "很多"], expect: 1)
        #expect(words.stderr.contains("须为数字"))
        try replica.t(["set", indicator, "unit", "所"])
        let fraction = try replica.t(["set", indicator, "value", "4.5所"], expect: 1)
        #expect(fraction.stderr.contains("不是整数"))
        #expect((try replica.json("history", indicator, "value") as? [[String: Any]])?.last?["value"] as? String == "88")
    }

    @Test func longTextFromStandardInputOrAnEditor() throws {
        let folder = TempFolder()
        let (replica, _, section, _, _) = try county(folder)
        let paragraph = "到2025年，全县学前三年毛入园率达97%以上。\n\n普惠性幼儿园覆盖率达85%。"
        try replica.t(["set", section, "body", "-"], stdin: paragraph + "\n")
        #expect((try replica.json("history", section, "body") as? [[String: Any]])?.last?["value"] as? String == paragraph)
        // An editor that rewrites the text: the new text is stored.
        let script = folder.file("editor.sh")
        try "#!/bin/sh\nprintf '改写后的段落。\\n' > \"$1\"\n".write(toFile: script, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script)
        let edited = try run(Binaries.client, ["set", section, "body", "--edit", "--db", replica.db],
                             environment: replica.env.merging(["EDITOR": script], uniquingKeysWith: { _, b in b }))
        #expect(edited.status == 0, "\(edited.stderr)")
        #expect((try replica.json("history", section, "body") as? [[String: Any]])?.last?["value"] as? String == "改写后的段落。")
        // An editor closed without a change, or one that fails, records nothing.
        for editor in ["true", "false"] {
            let result = try run(Binaries.client, ["set", section, "body", "--edit", "--db", replica.db],
                                 environment: replica.env.merging(["EDITOR": editor], uniquingKeysWith: { _, b in b }))
            #expect(result.status == 0 && result.stdout.contains("未作改动"))
        }
        #expect((try replica.json("history", section, "body") as? [[String: Any]])?.count == 2)
    }

    @Test func anEntrysWholeHistoryAndTheVersion() throws {
        let folder = TempFolder()
        let (replica, _, _, indicator, _) = try county(folder)
        try replica.t(["set", indicator, "value", "90"])
        let history = try replica.out("history", indicator)
        for field in ["名称", "目标值", "单位"] { #expect(history.contains(field), "\(history)") }
        #expect(history.contains("“85”") && history.contains("“90”  ← 当前"))
        let version = try run(Binaries.client, ["--version"])
        #expect(version.status == 0 && version.stdout.contains("protocol"))
    }
}

/// Defaults a person would expect: the replica found without repeating --db, short prefixes explained, a move
/// after a sibling staying among its siblings, `show` picking the office's own plan.
struct EverydayDefaultsTests {
    @Test func withoutADatabaseTheClientSaysHowToPointAtOne() throws {
        let folder = TempFolder()
        let config = ["XDG_CONFIG_HOME": folder.file("config")]
        let lost = try run(Binaries.client, ["status"], environment: config, directory: folder.path)
        #expect(lost.status == 1 && lost.stderr.contains("--db") && lost.stderr.contains("tributary config set db"))
        let file = folder.file("肇州.db")
        #expect(try run(Binaries.client, ["init", "--office", "zhaozhou", "--name", "肇州县教育局", "--parent", "daqing",
                                          "--user", "zhaozhou-editor", "--db", file], environment: config).status == 0)
        #expect(try run(Binaries.client, ["config", "set", "db", file], environment: config).status == 0)
        let found = try run(Binaries.client, ["status", "--json"], environment: config, directory: folder.path)
        #expect(found.status == 0 && found.stdout.contains("zhaozhou"))
        #expect(try run(Binaries.client, ["config"], environment: config).stdout.contains("db = \(file)"))
        #expect(try run(Binaries.client, ["config", "set", "colour", "x"], environment: config).status == 64)
        let noServer = try run(Binaries.client, ["attach"], environment: config, directory: folder.path)
        #expect(noServer.status == 64 && noServer.stderr.contains("config set server"))
        #expect(try run(Binaries.client, ["config", "set", "server", "http://127.0.0.1:9"], environment: config).status == 0)
        // With the configured server the attach goes on to ask for the token (none given here).
        let configured = try run(Binaries.client, ["attach"], environment: config, directory: folder.path)
        #expect(configured.status != 64 && !configured.stderr.contains("config set server"), "\(configured.stderr)")
    }

    @Test func prefixesMovesAndTheDefaultPlan() throws {
        let folder = TempFolder()
        let replica = ClientReplica(folder, "zhaozhou")
        try replica.t(["init", "--office", "zhaozhou", "--name", "肇州县教育局", "--parent", "daqing", "--user", "zhaozhou-editor"])
        let plan = try replica.out("plan", "create", "--title", "肇州县2025年教育工作计划", "--period", "2025")
        let goals = try replica.out("add", "section", "--plan", plan, "--heading", "主要目标")
        let first = try replica.out("add", "section", "--plan", plan, "--parent", goals, "--heading", "学前教育")
        let second = try replica.out("add", "section", "--plan", plan, "--parent", goals, "--heading", "义务教育")
        let short = try replica.t(["set", String(first.prefix(2)), "heading", "x"], expect: 1)
        #expect(short.stderr.contains("太短") && short.stderr.contains("4"))
        // After a sibling means among its siblings: it stays under 主要目标, after 义务教育.
        try replica.t(["move", first, "--after", second])
        let outline = try replica.out("show", "--no-ids")
        let lines = outline.split(separator: "\n").map(String.init)
        let order = ["主要目标", "义务教育", "学前教育"].map { name in lines.firstIndex { $0.contains(name) } ?? -1 }
        #expect(order == order.sorted() && !order.contains(-1), "\(outline)")
        #expect(lines.first { $0.contains("学前教育") }?.hasPrefix(" ") == true, "still nested: \(outline)")
    }
}

/// git-like verbs: log, trash, "did you mean".
struct EverydayVerbsTests {
    @Test func logTrashAndSuggestions() throws {
        let folder = TempFolder()
        let replica = ClientReplica(folder, "zhaozhou")
        try replica.t(["init", "--office", "zhaozhou", "--name", "肇州县教育局", "--parent", "daqing", "--user", "zhaozhou-editor"])
        let plan = try replica.out("plan", "create", "--title", "肇州县2025年教育工作计划", "--period", "2025")
        let scrap = try replica.out("plan", "create", "--title", "试导入", "--period", "2025")
        let section = try replica.out("add", "section", "--plan", plan, "--heading", "主要目标")
        try replica.t(["set", section, "heading", "主要目标与任务"])
        let log = try replica.out("log", "-n", "3")
        #expect(log.split(separator: "\n").count == 3 && log.contains("zhaozhou-editor@") && log.contains("主要目标与任务·标题"))
        #expect(try replica.out("log", section).split(separator: "\n").count == 3, "place and two headings")
        #expect(try replica.out("log", "--author", "someone-else") .contains("没有符合条件"))
        // Values in words, never stored codes: a status by its name, a position by where the entry went.
        let task = try replica.out("add", "task", "--plan", plan, "--section", section, "--title", "迎检", "--status", "进行中")
        let taskLog = try replica.out("log", task)
        #expect(taskLog.contains("状态 = 进行中") && taskLog.contains("移到 \(section.prefix(8)) 之下"), "\(taskLog)")
        #expect(!taskLog.contains("inProgress") && !taskLog.contains("/"), "\(taskLog)")
        let english = try ClientReplica(folder, "zhaozhou", english: true).t(["history", task]).stdout
        #expect(english.contains("status in progress") && english.contains("position moved under"), "\(english)")
        try replica.t(["delete", section])
        try replica.t(["delete", scrap])
        let trash = try replica.out("trash")
        #expect(trash.contains("主要目标与任务") && trash.contains("试导入") && trash.contains("tributary restore"))
        #expect((try replica.json("status") as? [String: Any])?["plans"] as? Int == 1, "status counts live plans")
        try replica.t(["restore", section])
        #expect(!(try replica.out("trash")).contains("主要目标与任务"))
        let typo = try run(Binaries.client, ["stauts"])
        #expect(typo.status == 64 && typo.stderr.contains("是不是 tributary status"))
    }
}

/// A sync that cannot reach the server says so in words, says what was uploaded and that local work is safe, and
/// stays JSON under --json.
struct UnreachableServerTests {
    @Test func anUnreachableServerIsSaidInWords() throws {
        let folder = TempFolder()
        let server = try ServerHarness(folder: folder)
        try server.start()
        let replica = ClientReplica(folder, "zhaozhou")
        try replica.t(["init", "--office", "zhaozhou", "--name", "肇州县教育局", "--parent", "daqing", "--user", "zhaozhou-editor"])
        try replica.attach(server.url, token: server.tokens["zhaozhou-editor"]!)
        _ = try replica.out("plan", "create", "--title", "肇州县2025年教育工作计划", "--period", "2025")
        server.stop()
        let text = try replica.t(["sync"], expect: 4)
        #expect(text.stderr.contains("无法连接服务器") && text.stderr.contains("本地修改都安全") && text.stderr.contains("3 条仍在本地"),
                "\(text.stderr)")
        #expect(!text.stderr.contains("errno") && !text.stderr.contains("NIO"), "\(text.stderr)")
        let json = try replica.t(["sync", "--json"], expect: 4)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(object["pending"] as? Int == 3 && object["exitCode"] as? Int == 4 && (object["error"] as? String)?.isEmpty == false)
    }
}

/// One language at a time: help and the argument parser's own errors follow the locale.
struct OneLanguageTests {
    @Test func helpAndParserErrorsFollowTheLocale() throws {
        let chinese = try run(Binaries.client, ["sync", "--help"]).stdout
        #expect(chinese.contains("与服务器同步") && !chinese.contains("Push local changes"))
        let english = try run(Binaries.client, ["sync", "--help"], environment: ["LANG": "en_US.UTF-8"]).stdout
        #expect(english.contains("Push local changes") && !english.contains("与服务器同步"))
        let missing = try run(Binaries.client, ["init", "--office", "x"])
        #expect(missing.status == 64 && missing.stderr.contains("缺少参数 --name") && !missing.stderr.contains("Missing"))
        let unknown = try run(Binaries.client, ["sync", "--bogus"])
        #expect(unknown.stderr.contains("没有选项 --bogus") && unknown.stderr.contains("详见"), "\(unknown.stderr)")
        let englishError = try run(Binaries.client, ["sync", "--bogus"], environment: ["LANG": "en_US.UTF-8"])
        #expect(englishError.stderr.contains("Unknown option '--bogus'"))
    }
}

/// Options whose values are a field's choices are typed: listed in help, taken in either language.
struct ChoiceOptionTests {
    @Test func choicesAreListedAndTakenInEitherLanguage() throws {
        let folder = TempFolder()
        let replica = ClientReplica(folder, "city")
        try replica.t(["init", "--office", "daqing", "--name", "大庆市教育局", "--level", "市", "--user", "daqing-reviewer"])
        #expect((try replica.json("status") as? [String: Any]).flatMap { ($0["office"] as? [String: Any])?["level"] as? String } == "city")
        let plan = try replica.out("plan", "create", "--title", "大庆市“十四五”教育规划", "--period", "2021-2025", "--kind", "五年规划")
        let task = try replica.out("add", "task", "--plan", plan, "--title", "迎检", "--status", "进行中")
        #expect((try replica.json("history", task, "status") as? [[String: Any]])?.last?["value"] as? String == "inProgress")
        let indicator = try replica.out("add", "indicator", "--plan", plan, "--name", "新增学位", "--value", "1500", "--rollup", "合计", "--comparator", "以上")
        let fields = Dictionary(uniqueKeysWithValues: (try replica.json("history", indicator) as? [[String: Any]] ?? []).map {
            ($0["field"] as? String ?? "", $0["value"] as? String ?? "")
        })
        #expect(fields["rollup"] == "sum" && fields["comparator"] == "ge")
        let help = try run(Binaries.client, ["add", "indicator", "--help"]).stdout
        #expect(help.contains("可选：sum、min、max、mean") && help.contains("合计"), "\(help)")
        let englishHelp = try run(Binaries.client, ["add", "indicator", "--help"], environment: ["LANG": "en_US.UTF-8"]).stdout
        #expect(englishHelp.contains("values: sum, min, max,"), "\(englishHelp)")
        let wrong = try run(Binaries.client, ["init", "--office", "x", "--name", "x", "--level", "省", "--user", "u", "--db", folder.file("x.db")])
        #expect(wrong.status == 64 && wrong.stderr.contains("可选：'city' 或 'county'"), "\(wrong.stderr)")
    }

    /// Help is in one language: the user's. Our texts and ArgumentParser's own (headings, built-in flags, the
    /// list of values and the default) alike.
    @Test func helpFollowsTheLocale() throws {
        for command in [["--help"], ["add", "task", "--help"], ["help", "sync"], ["set", "--help"], ["import", "--help"],
                        ["export", "--help"], ["conflicts", "--help"]] {
            let chinese = try run(Binaries.client, command)
            #expect(chinese.status == 0, "\(command): \(chinese.stderr)")
            for english in ["OVERVIEW:", "USAGE:", "OPTIONS:", "Show help information", "Show the version", "(values:", "(default:",
                            "for detailed help", " / "] {
                #expect(!chinese.stdout.contains(english), "\(command) in Chinese shows \(english): \(chinese.stdout)")
            }
            #expect(chinese.stdout.contains("用法：") && chinese.stdout.contains("选项："), "\(chinese.stdout)")
            let english = try run(Binaries.client, command, environment: ["LANG": "en_US.UTF-8"])
            #expect(english.stdout.contains("USAGE:") && english.stdout.contains("OPTIONS:"), "\(english.stdout)")
            #expect(!english.stdout.contains("用法") && !english.stdout.contains("选项：") && !english.stdout.contains("可选"),
                    "\(command) in English: \(english.stdout)")
        }
        let task = try run(Binaries.client, ["add", "task", "--help"]).stdout
        #expect(task.contains("（可选：planned、inProgress、done、blocked；默认：planned）") && task.contains("显示帮助。"), "\(task)")
    }
}

/// `show`, `rollup`, `board` and `export` take the office's own plan when it has one.
struct DefaultPlanTests {
    @Test func theOfficesOnlyPlanIsTheDefault() throws {
        let folder = TempFolder()
        let city = ClientReplica(folder, "daqing")
        try city.t(["init", "--office", "daqing", "--name", "大庆市教育局", "--level", "city", "--user", "daqing-reviewer"])
        let plan = try city.out("plan", "create", "--title", "大庆市2025年教育工作要点", "--period", "2025")
        _ = try city.out("add", "indicator", "--plan", plan, "--name", "新增幼儿园学位", "--value", "1500", "--unit", "个", "--rollup", "sum")
        #expect(try city.out("show", "--no-ids").contains("大庆市2025年教育工作要点") || (try city.out("show", "--no-ids")).contains("新增幼儿园学位"))
        #expect(try city.out("rollup").contains("新增幼儿园学位"))
        try city.t(["board"])
        let file = folder.file("report.html")
        try city.t(["export", "markdown", "-o", file])
        #expect(FileManager.default.fileExists(atPath: file))
        _ = try city.out("plan", "create", "--title", "大庆市2026年教育工作要点", "--period", "2026")
        let ambiguous = try city.t(["rollup"], expect: 1)
        #expect(ambiguous.stderr.contains("请指定规划编号"))
    }
}

/// vim, a terminal editor that reads the keyboard and draws the screen, works from `set --edit`: the editor runs in
/// the terminal's foreground process group (a background group would stop it with SIGTTIN/SIGTTOU).
struct EditorInTerminalTests {
    static let vim: String? = ["/usr/bin/vim", "/usr/bin/vim.basic", "/usr/bin/vim.tiny"].first { FileManager.default.isExecutableFile(atPath: $0) }

    @Test(.enabled(if: ReviewTUITests.tmuxPath != nil && vim != nil)) func vimEditsAParagraph() throws {
        let folder = TempFolder()
        let replica = ClientReplica(folder, "zhaozhou")
        try replica.t(["init", "--office", "zhaozhou", "--name", "肇州县教育局", "--parent", "daqing", "--user", "zhaozhou-editor"])
        let plan = try replica.out("plan", "create", "--title", "肇州县2025年教育工作计划", "--period", "2025")
        let section = try replica.out("add", "section", "--plan", plan, "--heading", "主要目标", "--body", "original paragraph")
        let terminal = ReviewTUITests.Terminal(tmux: ReviewTUITests.tmuxPath!)
        defer { terminal.stop() }
        let command = "env EDITOR='\(Self.vim!) -u NONE -N' LANG=en_US.UTF-8 '\(Binaries.client)' set \(section) body --edit "
            + "--db '\(replica.db)'; echo EXIT=$?; sleep 60"
        try terminal.start(command, width: 100, height: 20)
        try terminal.waitFor("original paragraph")
        for keys in [["g", "g", "d", "G"], ["i"], ["-l", "rewritten in vim"], ["Escape"], ["-l", ":wq"], ["Enter"]] {
            try terminal.run(["send-keys", "-t", "review"] + keys)
        }
        let screen = try terminal.waitFor("EXIT=")
        #expect(screen.contains("EXIT=0") && screen.contains("Updated"), "\(screen)")
        #expect((try replica.json("history", section, "body") as? [[String: Any]])?.last?["value"] as? String == "rewritten in vim")
    }
}

/// `tributary diff`: what changed since a submission or a time, with clause-level marks.
struct DiffCLITests {
    @Test func whatChangedSinceASubmissionAndSinceATime() throws {
        let folder = TempFolder()
        let replica = ClientReplica(folder, "zhaozhou")
        try replica.t(["init", "--office", "zhaozhou", "--name", "肇州县教育局", "--parent", "daqing", "--user", "zhaozhou-editor"])
        let plan = try replica.out("plan", "create", "--title", "肇州县2025年教育工作计划", "--period", "2025")
        let section = try replica.out("add", "section", "--plan", plan, "--heading", "主要目标",
                                      "--body", "到2025年，全县学前三年毛入园率达95%以上，普惠性幼儿园覆盖率达85%。")
        let submitted = try replica.out("submissions", "submit", plan)
        let submission = try #require(submitted.range(of: "[0-9a-f-]{36}", options: .regularExpression).map { String(submitted[$0]) })
        try replica.t(["set", section, "body", "到2025年，全县学前三年毛入园率达97%以上，普惠性幼儿园覆盖率达85%。"])
        let diff = try replica.out("diff", "--submission", submission)
        #expect(diff.contains("~ 章节「主要目标」") && diff.contains("9[-5-]{+7+}%以上") && !diff.contains("[-到2025年"), "\(diff)")
        let since = try replica.out("diff", "--since", "1h")
        #expect(since.contains("+ 章节「主要目标」"), "\(since)")
        #expect(try replica.t(["diff"], expect: 64).stderr.contains("--since"))
    }
}

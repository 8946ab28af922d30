import Foundation
import Testing

/// `tributary conflicts` list / show / resolve, as a script or a reviewer runs them, on two replicas of one county.
struct ConflictsCLITests {
    static let body = "到2025年,全市学前三年毛入园率达97%以上,普惠性幼儿园覆盖率达96%以上,公办园在园幼儿占比保持在52%以上。"

    /// Two replicas of 肇州县 with a plan, a section, an indicator and a task, edited apart and exchanged.
    struct Pair {
        let dir = TempFolder()
        var a: String { dir.file("a.db") }
        var b: String { dir.file("b.db") }
        var plan = "", section = "", indicator = "", task = ""

        @discardableResult
        func t(_ db: String, _ args: [String], stdin: String? = nil, env: [String: String] = [:], ok: Bool = true) throws -> ProcessResult {
            let result = try run(Binaries.client, args + ["--db", db], environment: env, stdin: stdin)
            if ok { #expect(result.status == 0, "\(args): \(result.stderr)") }
            return result
        }

        func out(_ db: String, _ args: String...) throws -> String {
            try t(db, args).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        }

        init() throws {
            _ = try t(a, ["init", "--office", "zhaozhou", "--name", "肇州县教育局", "--parent", "daqing", "--user", "李明"])
            _ = try t(b, ["init", "--office", "zhaozhou", "--name", "肇州县教育局", "--parent", "daqing", "--user", "王芳"])
            plan = try out(a, "plan", "create", "--title", "肇州县2025年教育工作计划", "--period", "2025")
            section = try out(a, "add", "section", "--plan", plan, "--heading", "学前教育", "--body", ConflictsCLITests.body)
            indicator = try out(a, "add", "indicator", "--plan", plan, "--section", section, "--name", "学前三年毛入园率",
                                "--comparator", "ge", "--value", "97", "--unit", "%", "--year", "2025")
            task = try out(a, "add", "task", "--plan", plan, "--title", "新建公办园6所", "--due", "2025")
            try t(b, ["exchange", a])
        }

        func exchangeBothWays() throws {
            try t(a, ["exchange", b])
            try t(b, ["exchange", a])
        }

        func listed(_ db: String, _ extra: String...) throws -> [[String: Any]] {
            let json = try t(db, ["conflicts", "list", "--json"] + extra).stdout
            return try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]] ?? []
        }
    }

    @Test func listShowAndResolveOneByOne() throws {
        let pair = try Pair()
        try pair.t(pair.a, ["set", pair.section, "body", Self.body.replacingOccurrences(of: "97%", with: "98%")])
        try pair.t(pair.b, ["set", pair.section, "body", Self.body.replacingOccurrences(of: "52%", with: "55%")])
        try pair.t(pair.a, ["set", pair.indicator, "value", "98"])
        try pair.t(pair.b, ["set", pair.indicator, "value", "99"])
        try pair.exchangeBothWays()

        // The same bytes on both replicas; sorted; no local times.
        let jsonA = try pair.out(pair.a, "conflicts", "--json"), jsonB = try pair.out(pair.b, "conflicts", "--json")
        #expect(jsonA == jsonB)
        let listed = try pair.listed(pair.a)
        #expect(listed.map { $0["field"] as? String }.sorted { ($0 ?? "") < ($1 ?? "") } == ["body", "value"])
        let paragraph = try #require(listed.first { $0["field"] as? String == "body" })
        #expect(paragraph["shape"] as? String == "paragraph")
        #expect(paragraph["suggestedMerge"] as? String == "到2025年,全市学前三年毛入园率达98%以上,普惠性幼儿园覆盖率达96%以上,公办园在园幼儿占比保持在55%以上。")
        #expect(paragraph["winReason"] as? String == "laterClock")
        let paragraphID = try #require(paragraph["id"] as? String)
        #expect(paragraphID == String(pair.section.prefix(8)) + ".body")

        // Filters: by author, section, age.
        #expect(try pair.listed(pair.a, "--author", "王芳").count == 2)
        #expect(try pair.listed(pair.a, "--author", "张三").isEmpty)
        #expect(try pair.listed(pair.a, "--section", String(pair.section.prefix(8))).count == 2)
        #expect(try pair.listed(pair.a, "--older-than", "1d").isEmpty)
        #expect(try pair.listed(pair.a, "--newer-than", "1h").count == 2)
        let badAge = try pair.t(pair.a, ["conflicts", "--older-than", "yesterday"], ok: false)
        #expect(badAge.status != 0 && badAge.stderr.contains("--older-than"))

        // Show: base, both sides with who and where, why the winner won, the differences, in plain text in a pipe.
        let shown = try pair.out(pair.a, "conflicts", "show", paragraphID)
        #expect(shown.contains("段落冲突：章节「学前教育」的正文"))
        #expect(shown.contains("原文（共同的上一版） · 李明 @"))
        #expect(shown.contains("为何显示胜者：它的时钟较晚"))
        #expect(shown.contains("5[-2-]{+5+}%以上") && shown.contains("9[-7-]{+8+}%以上"))
        #expect(!shown.contains("\u{1B}["))
        let indicatorShown = try pair.out(pair.a, "conflicts", "show", String(pair.indicator.prefix(6)))
        #expect(indicatorShown.contains("学前三年毛入园率  ≥ 97% → ≥ 99%"))
        let english = try pair.t(pair.a, ["conflicts", "show", paragraphID], env: ["LANG": "en_US.UTF-8"]).stdout
        #expect(english.contains("Paragraph conflict: body of section “学前教育”"))
        let unknown = try pair.t(pair.a, ["conflicts", "show", "zzzz"], ok: false)
        #expect(unknown.status == 1 && unknown.stderr.contains("没有编号为 zzzz 的未决冲突"))

        // Resolve: an invalid value is refused and nothing changes; the merge and a typed value are written.
        let bad = try pair.t(pair.a, ["conflicts", "resolve", String(pair.indicator.prefix(8)) + ".value", "--value", "九十八"], ok: false)
        #expect(bad.status == 1 && bad.stderr.contains("值无效"))
        #expect(try pair.listed(pair.a).count == 2)
        #expect(try pair.out(pair.a, "conflicts", "resolve", paragraphID, "--merge").contains("合并"))
        try pair.t(pair.a, ["conflicts", "resolve", String(pair.indicator.prefix(8)), "--value", "98.5"])
        #expect(try pair.listed(pair.a).isEmpty)
        try pair.t(pair.b, ["exchange", pair.a])
        #expect(try pair.listed(pair.b).isEmpty)
        let outline = try pair.out(pair.b, "show", pair.plan, "--no-ids")
        #expect(outline.contains("公办园在园幼儿占比保持在55%以上") && outline.contains("毛入园率达98%以上"))
        #expect(outline.contains("学前三年毛入园率 ≥ 98.5%"))
    }

    @Test func bulkResolveAsksFirstAndYesSkipsTheQuestion() throws {
        let pair = try Pair()
        try pair.t(pair.a, ["set", pair.indicator, "value", "98"])
        try pair.t(pair.b, ["set", pair.indicator, "value", "99"])
        try pair.t(pair.a, ["set", pair.task, "title", "新建公办园7所"])
        try pair.t(pair.b, ["set", pair.task, "title", "新建公办园8所"])
        try pair.exchangeBothWays()
        #expect(try pair.listed(pair.a).count == 2)
        // Refused without a yes: nothing is written.
        let declined = try pair.t(pair.a, ["conflicts", "resolve", "--author", "王芳", "--keep-winner"], stdin: "n\n", ok: false)
        #expect(declined.status == 1 && declined.stderr.contains("已取消"))
        #expect(try pair.listed(pair.a).count == 2)
        // No answer at all (end of input) is a no, too.
        #expect(try pair.t(pair.a, ["conflicts", "resolve", "--keep-winner"], stdin: "", ok: false).status == 1)
        // A bulk resolve only takes keep-winner or take-loser.
        let wrong = try pair.t(pair.a, ["conflicts", "resolve", "--value", "3"], ok: false)
        #expect(wrong.status != 0 && wrong.stderr.contains("批量解决只能用"))
        // Confirmed: both resolved, and the listing before the question names them.
        let confirmed = try pair.t(pair.a, ["conflicts", "resolve", "--plan", String(pair.plan.prefix(8)), "--take-loser"], stdin: "y\n")
        #expect(confirmed.stdout.contains("已解决 2 个冲突"))
        #expect(confirmed.stdout.contains(String(pair.task.prefix(8)) + ".title"))
        #expect(try pair.listed(pair.a).isEmpty)

        // --yes for scripts.
        try pair.t(pair.a, ["set", pair.indicator, "value", "90"])
        try pair.t(pair.b, ["set", pair.indicator, "value", "91"])
        try pair.exchangeBothWays()
        try pair.t(pair.b, ["conflicts", "resolve", "--keep-winner", "--yes"])
        #expect(try pair.listed(pair.b).isEmpty)
    }

    @Test func deleteAgainstEditIsKeptOrRestored() throws {
        let pair = try Pair()
        try pair.t(pair.a, ["delete", pair.task])
        try pair.t(pair.b, ["set", pair.task, "title", "新建公办园8所"])
        try pair.exchangeBothWays()
        let listed = try pair.listed(pair.a)
        #expect(listed.count == 1)
        #expect(listed.first?["shape"] as? String == "deletion")
        let id = try #require(listed.first?["id"] as? String)
        let shown = try pair.out(pair.a, "conflicts", "show", id)
        #expect(shown.contains("删除与修改冲突：任务「新建公办园8所」") || shown.contains("删除与修改冲突：任务「新建公办园6所」"))
        #expect(shown.contains("删除方没有看到的修改") && shown.contains("标题：新建公办园8所"))
        // A value makes no sense here.
        let refused = try pair.t(pair.a, ["conflicts", "resolve", id, "--value", "x"], ok: false)
        #expect(refused.stderr.contains("只能保留删除"))
        // Restore: the task is back, with the edit the deleter had not seen.
        try pair.t(pair.a, ["conflicts", "resolve", id, "--take-loser"])
        #expect(try pair.listed(pair.a).isEmpty)
        try pair.t(pair.b, ["exchange", pair.a])
        #expect(try pair.listed(pair.b).isEmpty)
        #expect(try pair.out(pair.b, "show", pair.plan, "--no-ids").contains("新建公办园8所"))
    }

    @Test func editOpensTheEditorOnTheSuggestedMerge() throws {
        let pair = try Pair()
        try pair.t(pair.a, ["set", pair.section, "body", Self.body.replacingOccurrences(of: "97%", with: "98%")])
        try pair.t(pair.b, ["set", pair.section, "body", Self.body.replacingOccurrences(of: "52%", with: "55%")])
        try pair.exchangeBothWays()
        // An "editor" that keeps the comment lines, checks the proposal is the merge, and rewrites one number.
        let editor = pair.dir.file("editor.sh")
        try """
            #!/bin/sh
            grep -q '^# 胜者' "$1" || exit 1
            grep -v '^#' "$1" | grep -q '毛入园率达98%以上.*保持在55%以上' || exit 1
            sed -i 's/96%以上/97%以上/' "$1"
            """.write(toFile: editor, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: editor)
        let id = String(pair.section.prefix(8)) + ".body"
        try pair.t(pair.a, ["conflicts", "resolve", id, "--edit"], env: ["EDITOR": editor])
        let history = try JSONSerialization.jsonObject(with: Data(try pair.out(pair.a, "history", pair.section, "body", "--json").utf8)) as? [[String: Any]]
        #expect(history?.last?["resolution"] as? String == "merged")
        #expect(history?.last?["value"] as? String == "到2025年,全市学前三年毛入园率达98%以上,普惠性幼儿园覆盖率达97%以上,公办园在园幼儿占比保持在55%以上。")
        // An editor that fails decides nothing.
        try pair.t(pair.a, ["set", pair.indicator, "value", "90"])
        try pair.t(pair.b, ["set", pair.indicator, "value", "91"])
        try pair.exchangeBothWays()
        let failed = try pair.t(pair.a, ["conflicts", "resolve", String(pair.indicator.prefix(8)), "--edit"], env: ["EDITOR": "false"], ok: false)
        #expect(failed.status == 1)
        #expect(try pair.listed(pair.a).count == 1)
    }
}

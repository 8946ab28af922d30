import Foundation
import Testing
import Shared

/// The role × office × action matrix through the real `tributary-server` process: a second city and its reviewer
/// are registered with the server's own admin commands, every row is pushed over HTTP with the actor's real token,
/// and the answer (200, or 403 with a reason) and what is stored afterwards are checked. Each row works on a plan of
/// its own so that rows cannot affect each other.
struct AccessMatrixEndToEndTests {
    struct Row: Sendable {
        var actor: String
        var action: String
        var allowed: Bool
        /// Builds the row's change for plan number `i` (county plan `p<i>`, section `s<i>`, submission `sub<i>`, city
        /// comment `cc<i>`).
        var make: @Sendable (inout Forger, Int) -> Change
    }

    static func county(_ forger: inout Forger, _ i: Int, _ kind: EntityKind, _ entity: String, _ field: String, _ value: String?) -> Change {
        forger.change(kind, entity, plan: "p\(i)", office: "zhaozhou", field, value)
    }

    static let rows: [Row] = [
        Row(actor: "zhaozhou-editor", action: "edits its own plan", allowed: true) { f, i in county(&f, i, .section, "s\(i)", "heading", "改") },
        Row(actor: "zhaozhou-editor", action: "creates a plan in its office", allowed: true) { f, i in
            f.change(.plan, "new\(i)", plan: "new\(i)", office: "zhaozhou", "title", "新计划") },
        Row(actor: "zhaozhou-editor", action: "creates a city plan", allowed: false) { f, i in
            f.change(.plan, "newc\(i)", plan: "newc\(i)", office: "daqing", "title", "市计划") },
        Row(actor: "zhaozhou-editor", action: "edits the city plan", allowed: false) { f, _ in
            f.change(.plan, "dp", plan: "dp", office: "daqing", "title", "改名") },
        Row(actor: "zhaozhou-editor", action: "starts a new submission", allowed: true) { f, i in
            county(&f, i, .submission, "subn\(i)", "snapshot", Forger.snapshot(plan: "p\(i)", office: "zhaozhou")) },
        Row(actor: "zhaozhou-editor", action: "accepts its own submission", allowed: false) { f, i in county(&f, i, .submission, "sub\(i)", "status", "accepted") },
        Row(actor: "zhaozhou-editor", action: "returns its own submission", allowed: false) { f, i in county(&f, i, .submission, "sub\(i)", "status", "returned") },
        Row(actor: "zhaozhou-editor", action: "writes the review note", allowed: false) { f, i in county(&f, i, .submission, "sub\(i)", "reviewNote", "好") },
        Row(actor: "zhaozhou-editor", action: "comments on its plan", allowed: true) { f, i in county(&f, i, .comment, "zc\(i)", Comments.byOffice, "zhaozhou") },
        Row(actor: "zhaozhou-editor", action: "rewrites the city's comment", allowed: false) { f, i in county(&f, i, .comment, "cc\(i)", "body", "改") },
        Row(actor: "zhaozhou-editor", action: "deletes the city's comment", allowed: false) { f, i in county(&f, i, .comment, "cc\(i)", Fields.deleted, Fields.yes) },
        Row(actor: "zhaoyuan-editor", action: "edits another county's plan", allowed: false) { f, i in county(&f, i, .section, "s\(i)", "heading", "改") },
        Row(actor: "zhaoyuan-editor", action: "creates a plan in another county", allowed: false) { f, i in
            f.change(.plan, "x\(i)", plan: "x\(i)", office: "zhaozhou", "title", "新计划") },
        Row(actor: "zhaoyuan-editor", action: "accepts another county's submission", allowed: false) { f, i in county(&f, i, .submission, "sub\(i)", "status", "accepted") },
        Row(actor: "daqing-reviewer", action: "edits a county plan's text", allowed: false) { f, i in county(&f, i, .section, "s\(i)", "heading", "改") },
        Row(actor: "daqing-reviewer", action: "creates a plan in a county", allowed: false) { f, i in
            f.change(.plan, "y\(i)", plan: "y\(i)", office: "zhaozhou", "title", "新计划") },
        Row(actor: "daqing-reviewer", action: "creates a city plan", allowed: true) { f, i in
            f.change(.plan, "dn\(i)", plan: "dn\(i)", office: "daqing", "title", "市计划") },
        Row(actor: "daqing-reviewer", action: "edits the city plan", allowed: true) { f, _ in f.change(.plan, "dp", plan: "dp", office: "daqing", "period", "2025") },
        Row(actor: "daqing-reviewer", action: "accepts a submission", allowed: true) { f, i in county(&f, i, .submission, "sub\(i)", "status", "accepted") },
        Row(actor: "daqing-reviewer", action: "returns a submission", allowed: true) { f, i in county(&f, i, .submission, "sub\(i)", "status", "returned") },
        Row(actor: "daqing-reviewer", action: "sets a submission back to submitted", allowed: false) { f, i in county(&f, i, .submission, "sub\(i)", "status", "submitted") },
        Row(actor: "daqing-reviewer", action: "writes the review note", allowed: true) { f, i in county(&f, i, .submission, "sub\(i)", "reviewNote", "请修改") },
        Row(actor: "daqing-reviewer", action: "comments on a county plan", allowed: true) { f, i in county(&f, i, .comment, "dc\(i)", Comments.byOffice, "daqing") },
        Row(actor: "daqing-reviewer", action: "creates an accepted submission with no snapshot", allowed: false) { f, i in
            county(&f, i, .submission, "ghost\(i)", "status", "accepted") },
        Row(actor: "harbin-reviewer", action: "accepts another city's county submission", allowed: false) { f, i in county(&f, i, .submission, "sub\(i)", "status", "accepted") },
        Row(actor: "harbin-reviewer", action: "comments on another city's county plan", allowed: false) { f, i in county(&f, i, .comment, "hc\(i)", Comments.byOffice, "harbin") },
        Row(actor: "harbin-reviewer", action: "edits another city's plan", allowed: false) { f, _ in f.change(.plan, "dp", plan: "dp", office: "daqing", "title", "改名") },
        Row(actor: "admin", action: "edits a county plan", allowed: false) { f, i in county(&f, i, .section, "s\(i)", "heading", "改") },
        Row(actor: "admin", action: "creates a city plan", allowed: false) { f, i in f.change(.plan, "a\(i)", plan: "a\(i)", office: "daqing", "title", "市计划") },
    ]

    @Test func everyRowThroughTheRealServer() throws {
        let folder = TempFolder()
        let server = try ServerHarness(folder: folder)
        var tokens = server.tokens
        // A second city, registered as an operator would.
        for args in [["office", "add", "harbin", "--name", "哈尔滨市教育局", "--city"],
                     ["user", "add", "harbin-reviewer", "--office", "harbin", "--role", "cityReviewer"]] {
            let result = try run(Binaries.server, args + ["--data", server.data])
            #expect(result.status == 0, "\(result.stderr)")
        }
        let issued = try run(Binaries.server, ["token", "issue", "harbin-reviewer", "--data", server.data])
        tokens["harbin-reviewer"] = issued.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        try server.start()
        let http = ForgedHTTP(baseURL: server.url)

        // Seed: one county plan per row, each with a section and a submission; the city's plan and a comment per row.
        var countyForger = Forger("zhaozhou-editor"), cityForger = Forger("daqing-reviewer")
        var seed: [Change] = []
        for i in Self.rows.indices {
            seed += [
                countyForger.change(.plan, "p\(i)", plan: "p\(i)", office: "zhaozhou", "title", "计划\(i)"),
                countyForger.change(.section, "s\(i)", plan: "p\(i)", office: "zhaozhou", Fields.place, "/m"),
                countyForger.change(.submission, "sub\(i)", plan: "p\(i)", office: "zhaozhou", "snapshot", Forger.snapshot(plan: "p\(i)", office: "zhaozhou")),
                countyForger.change(.submission, "sub\(i)", plan: "p\(i)", office: "zhaozhou", "status", "submitted"),
            ]
        }
        #expect(try http.push(seed, token: tokens["zhaozhou-editor"]!, replica: countyForger.replica).status == 200)
        var citySeed = [cityForger.change(.plan, "dp", plan: "dp", office: "daqing", "title", "大庆市工作要点")]
        for i in Self.rows.indices {
            citySeed.append(cityForger.change(.comment, "cc\(i)", plan: "p\(i)", office: "zhaozhou", Comments.byOffice, "daqing"))
            citySeed.append(cityForger.change(.comment, "cc\(i)", plan: "p\(i)", office: "zhaozhou", "body", "指标偏低"))
        }
        #expect(try http.push(citySeed, token: tokens["daqing-reviewer"]!, replica: cityForger.replica).status == 200)

        var forgers: [String: Forger] = [:]
        for (i, row) in Self.rows.enumerated() {
            var forger = forgers[row.actor] ?? Forger(row.actor)
            let change = row.make(&forger, i)
            forgers[row.actor] = forger
            let before = try http.pull(token: tokens["daqing-reviewer"]!).count
            let reply = try http.push([change], token: tokens[row.actor]!, replica: forger.replica)
            let label = "\(row.actor) \(row.action)"
            if row.allowed {
                #expect(reply.status == 200, "\(label): \(reply.text)")
            } else {
                #expect(reply.status == 403, "\(label): \(reply.status) \(reply.text)")
                #expect(reply.error?.message.isEmpty == false, "\(label) gets a reason")
                #expect(try http.pull(token: tokens["daqing-reviewer"]!).count == before, "\(label) stores nothing")
            }
        }

        // Reads: each role sees its own office and its city; a city sees its counties; another city sees none.
        func offices(_ user: String) throws -> Set<String> { Set(try http.pull(token: tokens[user]!).map(\.office)) }
        #expect(try offices("zhaozhou-editor") == ["zhaozhou", "daqing"])
        #expect(try offices("zhaoyuan-editor") == ["daqing"])
        #expect(try offices("daqing-reviewer") == ["zhaozhou", "daqing"])
        #expect(try offices("harbin-reviewer").isEmpty)
        #expect(try offices("admin").isEmpty)
    }
}

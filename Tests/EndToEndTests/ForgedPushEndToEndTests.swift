import Foundation
import Testing
import Shared

/// The trust review's attacks through the real server process, with what real replicas show afterwards: a forged
/// push is refused with its 4xx and a reason, and no replica (one that bootstraps afterwards included) shows
/// anything different.
struct ForgedPushEndToEndTests {
    /// A replica of the real client, attached with its user's token (from standard input, never the command line).
    func attached(_ folder: TempFolder, _ server: ServerHarness, _ name: String, office: [String], user: String) throws -> ClientReplica {
        let replica = ClientReplica(folder, name)
        try replica.t(["init"] + office + ["--user", user])
        try replica.attach(server.url, token: server.tokens[user]!)
        return replica
    }

    static let cityArgs = ["--office", "daqing", "--name", "大庆市教育局", "--level", "city"]
    static let countyArgs = ["--office", "zhaozhou", "--name", "肇州县教育局", "--parent", "daqing"]

    @Test func aCountyCannotEraseOrReverseWhatTheCityOwns() throws {
        let folder = TempFolder()
        let server = try ServerHarness(folder: folder)
        try server.start()
        let http = ForgedHTTP(baseURL: server.url)
        let city = try attached(folder, server, "city", office: Self.cityArgs, user: "daqing-reviewer")
        let county = try attached(folder, server, "county", office: Self.countyArgs, user: "zhaozhou-editor")
        let cityPlan = try city.out("plan", "create", "--title", "大庆市2025年教育工作要点", "--period", "2025")
        let indicator = try city.out("add", "indicator", "--plan", cityPlan, "--name", "学前三年毛入园率", "--comparator", "≥",
                                     "--value", "97", "--unit", "%")
        let plan = try county.out("plan", "create", "--title", "肇州县2025年教育工作计划", "--period", "2025")
        let task = try county.out("add", "task", "--plan", plan, "--title", "迎检")
        try city.sync()
        try county.sync()
        try county.t(["submissions", "submit", plan, "--note", "初稿"])
        try county.sync()
        try city.sync()
        let submission = try #require((try city.json("submissions", "list") as? [[String: Any]])?.first?["id"] as? String)
        try city.t(["submissions", "accept", submission, "--note", "同意"])
        try city.sync()
        try county.sync()

        let token = server.tokens["zhaozhou-editor"]!
        let changes = try http.pull(token: token)
        let indicatorHeads = changes.filter { $0.entity == indicator && $0.field == "value" }.map(\.stamp)
        let statusHeads = changes.filter { $0.entity == submission && $0.field == "status" }.map(\.stamp).sorted().suffix(1)
        var forger = Forger("zhaozhou-editor")
        let attacks: [(String, Change, Int)] = [
            ("erase the city's indicator through replaces",
             forger.change(.task, task, plan: plan, office: "zhaozhou", "title", "改", replaces: indicatorHeads), 422),
            ("set the accepted submission back to submitted",
             forger.change(.submission, submission, plan: plan, office: "zhaozhou", "status", "submitted", replaces: Array(statusHeads)), 403),
            ("a NUL in a value", forger.change(.task, task, plan: plan, office: "zhaozhou", "detail", "ab\u{0}cd"), 422),
            ("a NUL in an id", forger.change(.task, "t\u{0}x", plan: plan, office: "zhaozhou", "title", "x"), 422),
            ("a garbage snapshot", forger.change(.submission, "fresh", plan: plan, office: "zhaozhou", "snapshot", "garbage"), 422),
        ]
        let stored = try http.pull(token: server.tokens["daqing-reviewer"]!)
        for (name, change, status) in attacks {
            let reply = try http.push([change], token: token, replica: forger.replica)
            #expect(reply.status == status, "\(name): \(reply.status) \(reply.text)")
            #expect(reply.error?.message.isEmpty == false, "\(name) gets a reason")
        }
        #expect(try http.pull(token: server.tokens["daqing-reviewer"]!) == stored, "nothing of any attack was stored")
        let nul = try http.push([forger.change(.task, task, plan: plan, office: "zhaozhou", "detail", "ab\u{0}cd")], token: token,
                                replica: forger.replica)
        #expect(nul.error?.message.contains("U+0000") == true)

        // Every replica still shows the truth, a new one that bootstraps now included.
        try city.sync()
        try county.sync()
        let fresh = try attached(folder, server, "fresh-city", office: Self.cityArgs, user: "daqing-reviewer")
        for replica in [city, fresh] {
            #expect(try replica.out("show", cityPlan, "--no-ids").contains("≥ 97%"), "the indicator keeps its value")
            let statuses = (try replica.json("submissions", "list") as? [[String: Any]])?.map { $0["status"] as? String }
            #expect(statuses == ["accepted"])
        }
        #expect((try county.json("submissions", "list") as? [[String: Any]])?.first?["status"] as? String == "accepted")
    }
}

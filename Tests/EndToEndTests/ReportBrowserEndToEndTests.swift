import Foundation
import Review
import Testing

/// Issue 16 end to end: a city cycle through the real server (three counties submit, the city accepts: one county
/// below the target, one with a placeholder, one without the indicator), then the city's report exported by the real
/// `tributary` and opened in headless Chromium: the DOM has every county and indicator with the gaps marked and
/// nothing fetched; the layout has no text outside its box on a wide screen or at A4 width; the print is A4 with the
/// parts on pages of their own. `rollup` and `board` fit 80 columns.
@Suite(.serialized)
struct ReportBrowserEndToEndTests {
    static let counties = [("zhaozhou", "肇州县教育局"), ("zhaoyuan", "肇源县教育局"), ("lindian", "林甸县教育局")]

    /// The city's replica holding three accepted county plans and its own plan with two roll-ups, a section tree and
    /// an overdue broken-down task.
    func cityWithAcceptedCounties(_ folder: TempFolder) throws -> (city: ClientReplica, plan: String, server: ServerHarness) {
        let server = try ServerHarness(folder: folder)
        try server.start()
        var replicas: [ClientReplica] = []
        for (id, name) in Self.counties {
            let replica = ClientReplica(folder, id)
            try replica.t(["init", "--office", id, "--name", name, "--parent", "daqing", "--user", "\(id)-editor"])
            try replica.attach(server.url, token: server.tokens["\(id)-editor"]!)
            let plan = try replica.out("plan", "create", "--title", "\(name.prefix(3))2025年教育工作计划", "--period", "2025")
            let rate = ["zhaozhou": "95", "zhaoyuan": "XX"][id]
            if let rate {
                _ = try replica.out("add", "indicator", "--plan", plan, "--name", "学前三年毛入园率", "--comparator", "≥", "--value", rate, "--unit", "%")
            }
            _ = try replica.out("add", "indicator", "--plan", plan, "--name", "新增幼儿园学位", "--value", ["zhaozhou": "600", "zhaoyuan": "400", "lindian": "500"][id]!, "--unit", "个")
            _ = try replica.out("submissions", "submit", plan, "--note", "报送")
            try replica.sync()
            replicas.append(replica)
        }
        let city = ClientReplica(folder, "daqing")
        try city.t(["init", "--office", "daqing", "--name", "大庆市教育局", "--level", "city", "--user", "daqing-reviewer"])
        try city.attach(server.url, token: server.tokens["daqing-reviewer"]!)
        for submission in (try city.json("submissions", "list") as? [[String: Any]]) ?? [] {
            try city.t(["submissions", "accept", submission["id"] as! String])
        }
        let plan = try city.out("plan", "create", "--title", "大庆市2025年教育工作要点", "--period", "2025")
        let goals = try city.out("add", "section", "--plan", plan, "--heading", "主要目标", "--body", "到2025年，全市学前三年毛入园率达97%以上。")
        let preschool = try city.out("add", "section", "--plan", plan, "--parent", goals, "--heading", "学前教育 <普惠> & 扩容")
        _ = try city.out("add", "indicator", "--plan", plan, "--section", preschool, "--name", "学前三年毛入园率", "--comparator", "≥", "--value", "97", "--unit", "%", "--rollup", "min")
        _ = try city.out("add", "indicator", "--plan", plan, "--section", preschool, "--name", "新增幼儿园学位", "--comparator", "≥", "--value", "1500", "--unit", "个", "--rollup", "sum")
        _ = try city.out("add", "task", "--plan", plan, "--section", goals, "--title", "义务教育优质均衡达标迎检", "--county", "肇州县教育局", "--due", "2023", "--lead", "市教育局")
        try city.sync()
        return (city, plan, server)
    }

    @Test(.enabled(if: Chromium.installed != nil || Chromium.required,
                   "headless Chromium is not installed (scripts/install-deps.sh installs it): the browser test is skipped"))
    func theReportOpensOfflineAndPrintsOnA4() throws {
        let folder = TempFolder()
        let (city, plan, server) = try cityWithAcceptedCounties(folder)
        defer { server.stop() }
        let report = folder.file("report.html")
        let exported = try city.t(["export", "report", plan, "-o", report])
        #expect(exported.stdout.contains(report))
        let html = try String(contentsOfFile: report, encoding: .utf8)
        server.stop()   // the report must need nothing from anywhere

        let browser = try #require(Chromium(folder: folder), "chromium did not start")
        // The DOM as the browser built it: every county and indicator, the gaps marked, the escaped heading intact.
        let dom = try browser.dumpDOM(report, width: 1280)
        for (id, name) in Self.counties {
            #expect(dom.contains("data-office=\"\(id)\""), "\(id) in the report")
            #expect(dom.contains(name))
        }
        for name in ["学前三年毛入园率", "新增幼儿园学位"] { #expect(dom.contains("data-indicator=\"\(name)\"")) }
        #expect(dom.contains("class=\"gap placeholder\"") && dom.contains("XX 待填（占位符）"), "the placeholder is marked")
        #expect(dom.contains("class=\"gap missing\"") && dom.contains("缺：未报该指标"), "the missing county is marked")
        #expect(dom.contains("95% ✗ 低于目标"), "the county below the target says so")
        #expect(dom.contains("？数据不全"), "incomplete data is never 达标")
        #expect(dom.contains("学前教育 &lt;普惠&gt; &amp; 扩容"), "user text is text, not markup")
        #expect(dom.contains("（一）") && dom.contains("一、主要目标") && dom.contains("时限：2023"))
        #expect(dom.contains("已通过的报送"))
        // Nothing that could fetch: no script, no external reference, a policy that forbids it all.
        #expect(!html.contains("<script") && !html.contains("<link"))
        #expect(dom.range(of: "(src|href)=\"[^\"]*(https?:|//)", options: .regularExpression) == nil)
        #expect(dom.contains("Content-Security-Policy\" content=\"default-src 'none';"))

        // Layout facts from inside the browser (a test copy with a measuring script), on a screen and at A4 width.
        for width in [1280, 688] {
            let facts = try measure(html, browser: browser, folder: folder, width: width)
            #expect(facts["docWidth"] as? Int ?? .max <= facts["viewport"] as? Int ?? 0, "no sideways scrolling at \(width)px: \(facts)")
            #expect((facts["overflow"] as? [String]) == [], "no text beyond its box at \(width)px")
            #expect((facts["svgOverflow"] as? [String]) == [], "chart labels inside the chart at \(width)px")
            #expect((facts["charts"] as? Int) == 2)
            #expect((facts["resources"] as? [String]) == [], "the page fetched nothing")
            #expect((facts["violations"] as? [String]) == [], "nothing was blocked either")
        }

        // The first screen, and the print preview at A4.
        let screen = folder.file("first-page.png")
        try browser.screenshot(report, to: screen, width: 1280, height: 1800)
        let size = try pngSize(screen)
        #expect(size.width == 1280 && size.height == 1800)
        let pdf = folder.file("report.pdf")
        try browser.printToPDF(report, to: pdf)
        if let pdfinfo = which("pdfinfo") {
            let info = try run(pdfinfo, [pdf]).stdout
            #expect(info.contains("(A4)"), "\(info)")
            let pages = info.split(separator: "\n").first { $0.hasPrefix("Pages:") }.flatMap { Int($0.split(separator: " ").last ?? "") } ?? 0
            #expect(pages >= 4, "summary, charts, board and outline each start a page: \(pages)")
        } else {
            Issue.record("pdfinfo is missing (poppler-utils; scripts/install-deps.sh installs it)")
        }
        if let pdftotext = which("pdftotext") {
            let text = try run(pdftotext, [pdf, "-"]).stdout
            #expect(text.contains("大庆市2025年教育工作要点") && text.contains("肇源县教育局"), "the Chinese glyphs made it to paper")
        }
        if let pdftoppm = which("pdftoppm") {
            _ = try run(pdftoppm, ["-png", "-r", "40", "-f", "1", "-l", "1", "-singlefile", pdf, folder.file("print-preview")])
            let preview = try pngSize(folder.file("print-preview.png"))
            let ratio = Double(preview.height) / Double(preview.width)
            #expect(abs(ratio - 297.0 / 210.0) < 0.02, "the print preview is an A4 page: \(preview)")
        }
    }

    /// Runs a copy of the report with a script that measures it, and reads what the script wrote into the DOM.
    func measure(_ html: String, browser: Chromium, folder: TempFolder, width: Int) throws -> [String: Any] {
        let script = """
        <script>
        (function () {
          var de = document.documentElement, facts = { viewport: de.clientWidth, docWidth: de.scrollWidth, overflow: [], svgOverflow: [] };
          document.querySelectorAll('body *').forEach(function (el) {
            if (!(el instanceof HTMLElement) || el.tagName === 'SCRIPT') return;
            if (el.clientWidth > 0 && el.scrollWidth > el.clientWidth + 1) facts.overflow.push(el.tagName + '.' + el.className + ' ' + el.scrollWidth + '>' + el.clientWidth + ' ' + (el.textContent || '').slice(0, 30));
            var r = el.getBoundingClientRect();
            if (r.right > de.clientWidth + 1) facts.overflow.push('beyond the page: ' + el.tagName + '.' + el.className);
          });
          var charts = document.querySelectorAll('svg.chart');
          facts.charts = charts.length;
          charts.forEach(function (svg) {
            var box = svg.viewBox.baseVal;
            svg.querySelectorAll('text').forEach(function (t) {
              var b = t.getBBox();
              if (b.x < -0.5 || b.x + b.width > box.width + 0.5) facts.svgOverflow.push(t.textContent + ' ' + Math.round(b.x) + '+' + Math.round(b.width));
            });
          });
          facts.resources = performance.getEntriesByType('resource').map(function (e) { return e.name; });
          facts.violations = window.__violations || [];
          var pre = document.createElement('pre');
          pre.id = 'layout-facts';
          pre.textContent = JSON.stringify(facts);
          document.body.appendChild(pre);
        })();
        </script>
        """
        let listener = "<script>window.__violations = []; document.addEventListener('securitypolicyviolation', function (e) { window.__violations.push(e.blockedURI); });</script>"
        // The copy lets inline scripts run (and only those); the report itself allows none.
        var copy = html.replacingOccurrences(of: "default-src 'none';", with: "default-src 'none'; script-src 'unsafe-inline';")
        copy = copy.replacingOccurrences(of: "<meta charset=\"utf-8\">", with: "<meta charset=\"utf-8\">" + listener)
        copy = copy.replacingOccurrences(of: "</body>", with: script + "</body>")
        let path = folder.file("measure-\(width).html")
        try copy.write(toFile: path, atomically: true, encoding: .utf8)
        let dom = try browser.dumpDOM(path, width: width)
        let start = try #require(dom.range(of: "<pre id=\"layout-facts\">"), "the measuring script ran")
        let end = try #require(dom.range(of: "</pre>", range: start.upperBound..<dom.endIndex))
        let json = String(dom[start.upperBound..<end.lowerBound])
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&nbsp;", with: " ").replacingOccurrences(of: "&amp;", with: "&")
        return try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    }

    @Test func rollupDrawsBarsAndBoardFitsEightyColumns() throws {
        let folder = TempFolder()
        let (city, plan, server) = try cityWithAcceptedCounties(folder)
        defer { server.stop() }
        let rollup = try city.t(["rollup", plan], stdin: nil).stdout
        #expect(rollup.contains("█") && rollup.contains("✗低于目标") && rollup.contains("XX ［待填］") && rollup.contains("［缺］未报该指标"))
        #expect(rollup.contains("▲ 目标 ≥ 97%") || rollup.contains("目标 ≥ 97% ▲"))
        #expect(!rollup.contains("\u{1B}"), "no colour into a pipe")
        let board = try city.t(["board", plan]).stdout
        #expect(board.contains("林甸县教育局") && board.contains("缺指标：学前三年毛入园率") && board.contains("待填：学前三年毛入园率"))
        for line in (rollup + board).split(separator: "\n") {
            #expect(DisplayWidth.of(String(line)) <= 80, "\(line)")
        }
    }
}

import Foundation
import Testing

/// Shell completion as a person gets it: the script the binary generates, sourced by a real bash, offering the ids
/// and field names of the replica named on the command line, and choices; a foreign file offers nothing and is left
/// as it was.
struct CompletionEndToEndTests {
    /// Runs bash with the generated script and returns what Tab offers for each command line (a trailing space means
    /// a new word is being completed).
    func offers(_ lines: [String], folder: TempFolder, env: [String: String]) throws -> [String: [String]] {
        let script = folder.file("tributary.bash")
        let generated = try run(Binaries.client, ["--generate-completion-script", "bash"]).stdout
        try generated.write(toFile: script, atomically: true, encoding: .utf8)
        var harness = """
            source '\(script)'
            PATH='\(URL(fileURLWithPath: Binaries.client).deletingLastPathComponent().path)':$PATH
            comp() {
                COMP_LINE="$1"; COMP_POINT=${#COMP_LINE}; read -ra COMP_WORDS <<< "$1"; COMP_CWORD=$((${#COMP_WORDS[@]}-1))
                if [[ "$1" == *" " ]]; then COMP_WORDS+=(""); COMP_CWORD=$((COMP_CWORD+1)); fi
                COMPREPLY=(); _tributary "${COMP_WORDS[0]}" "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
                printf '%s\\t' "$1"; printf '%s ' "${COMPREPLY[@]}"; printf '\\n'
            }

            """
        for line in lines { harness += "comp '\(line)'\n" }
        let result = try run("/bin/bash", ["-c", harness], environment: env)
        #expect(result.status == 0, "\(result.stderr)")
        var answers: [String: [String]] = [:]
        for row in result.stdout.split(separator: "\n") {
            let parts = row.split(separator: "\t", maxSplits: 1, omittingEmptySubsequences: false)
            answers[String(parts[0])] = parts.count > 1 ? parts[1].split(separator: " ").map(String.init) : []
        }
        return answers
    }

    @Test func idsFieldNamesAndChoicesAreOffered() throws {
        let folder = TempFolder()
        let (replica, plan, section, indicator, task) = try EverydayCLITests().county(folder)
        try replica.t(["delete", task])
        let db = replica.db
        let short = { (id: String) in String(id.prefix(8)) }
        let answers = try offers([
            "tributary set --db \(db) \(indicator.prefix(3))",
            "tributary set --db \(db) \(short(indicator)) ",
            "tributary set --db \(db) \(short(indicator)) ba",
            "tributary show --db \(db) ",
            "tributary add task --db \(db) --plan \(plan.prefix(2))",
            "tributary add task --db \(db) --section ",
            "tributary restore --db \(db) ",
            "tributary add task --db \(db) --plan \(short(plan)) --status ",
            "tributary show --db \(folder.file("nothing.db")) ",
        ], folder: folder, env: replica.env)
        func offered(_ line: String) -> [String] { answers[line] ?? ["(no answer)"] }
        #expect(offered("tributary set --db \(db) \(indicator.prefix(3))") == [short(indicator)])
        let fields = offered("tributary set --db \(db) \(short(indicator)) ")
        #expect(fields.contains("value") && fields.contains("comparator") && fields.contains("rollup"), "\(fields)")
        #expect(!fields.contains("status") && !fields.contains("place") && !fields.contains("deleted"), "an indicator's fields only: \(fields)")
        #expect(offered("tributary set --db \(db) \(short(indicator)) ba") == ["baselineValue", "baselineYear"])
        #expect(offered("tributary show --db \(db) ") == [short(plan)])
        #expect(offered("tributary add task --db \(db) --plan \(plan.prefix(2))") == [short(plan)])
        #expect(offered("tributary add task --db \(db) --section ") == [short(section)])
        #expect(offered("tributary restore --db \(db) ") == [short(task)], "only deleted entries can be restored")
        let statuses = offered("tributary add task --db \(db) --plan \(short(plan)) --status ")
        #expect(statuses.contains("done") && statuses.contains("inProgress"), "\(statuses)")
        #expect(offered("tributary show --db \(folder.file("nothing.db")) ") == [])
        #expect(!FileManager.default.fileExists(atPath: folder.file("nothing.db")), "completion never creates a file")
    }

    @Test func aForeignFileOffersNothingAndIsLeftAlone() throws {
        let folder = TempFolder()
        let foreign = folder.file("notes.db")
        try Data("abcdef123 这不是副本\n".utf8).write(to: URL(fileURLWithPath: foreign))
        let before = try Data(contentsOf: URL(fileURLWithPath: foreign))
        let answers = try offers(["tributary set --db \(foreign) ab"], folder: folder,
                                 env: ["XDG_CONFIG_HOME": folder.file("config")])
        #expect(answers["tributary set --db \(foreign) ab"] == [])
        #expect(try Data(contentsOf: URL(fileURLWithPath: foreign)) == before)
    }
}

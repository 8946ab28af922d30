import Foundation
import Testing
@testable import PlanImport

/// The blind set (`BlindFixtures`) scored on its own: plans written, with their expectations, by someone who had not
/// read the importer and before it had ever run on them. Its first score is the honest measure of how the importer
/// does on documents it has never seen; the README and the closing notes report it.
struct BlindScoringTests {
    @Test func theBlindSet() throws {
        var total = (headings: Score(), indicators: Score(), tasks: Score())
        for fixture in BlindFixtures.expected {
            let plan = try PlanTextParser.parse(fixture.text, options: ImportOptions(currentYear: 2025))
            let (headings, indicators, tasks, notes) = ScoringTests.score(fixture, plan)
            print("[blind score] \(fixture.name): headings \(headings); indicators \(indicators); tasks \(tasks)")
            for note in notes { print("[blind score]   \(note)") }
            if plan.dropped != fixture.noise {
                print("[blind score]   noise: dropped \(plan.dropped.filter { !fixture.noise.contains($0) }), kept \(fixture.noise.filter { !plan.dropped.contains($0) })")
            }
            total.headings = total.headings + headings
            total.indicators = total.indicators + indicators
            total.tasks = total.tasks + tasks
        }
        print("[blind score] total: headings \(total.headings); indicators \(total.indicators); tasks \(total.tasks)")
    }
}

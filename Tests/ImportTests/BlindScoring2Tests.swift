import Foundation
import Testing
@testable import PlanImport

/// The second blind set (`BlindFixtures2`), written by a helper who had not read the importer; scored only, so that its
/// first score stays the measure of how the importer does on documents it has never seen.
struct BlindScoring2Tests {
    @Test func theSecondBlindSet() throws {
        var total = (headings: Score(), indicators: Score(), tasks: Score())
        for fixture in BlindFixtures2.expected {
            let plan = try PlanTextParser.parse(fixture.text, options: ImportOptions(currentYear: 2025))
            let (headings, indicators, tasks, notes) = ScoringTests.score(fixture, plan)
            print("[blind2 score] \(fixture.name): headings \(headings); indicators \(indicators); tasks \(tasks)")
            for note in notes { print("[blind2 score]   \(note)") }
            if plan.dropped != fixture.noise {
                print("[blind2 score]   noise: dropped \(plan.dropped.filter { !fixture.noise.contains($0) }), kept \(fixture.noise.filter { !plan.dropped.contains($0) })")
            }
            CorpusTests.expectNothingLost(fixture.text, plan)
            total.headings = total.headings + headings
            total.indicators = total.indicators + indicators
            total.tasks = total.tasks + tasks
        }
        print("[blind2 score] total: headings \(total.headings); indicators \(total.indicators); tasks \(total.tasks)")
    }
}

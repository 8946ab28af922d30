import Foundation
import Testing
@testable import PlanImport

/// The third blind set (`BlindFixtures3`), written by a helper who had not read the importer; scored only, so that its
/// first score stays the measure of how the importer does on documents it has never seen.
struct BlindScoring3Tests {
    @Test func theThirdBlindSet() throws {
        var total = (headings: Score(), indicators: Score(), tasks: Score())
        for fixture in BlindFixtures3.expected {
            let plan = try PlanTextParser.parse(fixture.text, options: ImportOptions(currentYear: 2025))
            let (headings, indicators, tasks, notes) = ScoringTests.score(fixture, plan)
            print("[blind3 score] \(fixture.name): headings \(headings); indicators \(indicators); tasks \(tasks)")
            for note in notes { print("[blind3 score]   \(note)") }
            if plan.dropped != fixture.noise {
                print("[blind3 score]   noise: dropped \(plan.dropped.filter { !fixture.noise.contains($0) }), kept \(fixture.noise.filter { !plan.dropped.contains($0) })")
            }
            CorpusTests.expectNothingLost(fixture.text, plan)
            total.headings = total.headings + headings
            total.indicators = total.indicators + indicators
            total.tasks = total.tasks + tasks
        }
        print("[blind3 score] total: headings \(total.headings); indicators \(total.indicators); tasks \(total.tasks)")
    }
}

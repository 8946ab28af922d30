import Testing
@testable import Shared

/// The submission state machine, row by row: who may write which field of a submission in which state.
struct SubmissionWorkflowTableTests {
    struct Row: CustomTestStringConvertible, Sendable {
        var party: SubmissionParty
        var field: String
        var value: String?
        var facts: SubmissionFacts
        var allowed: Bool
        var testDescription: String {
            "\(party) writes \(field)=\(value ?? "nil") on \(facts.status)\(facts.hasSnapshot ? "+snapshot" : "")\(facts.isLatest ? "" : " (superseded)")\(facts.createdNow ? " (new)" : "")\(facts.verdictNow ? " (verdict now)" : "") → \(allowed ? "allowed" : "refused")"
        }
    }

    static func facts(_ status: SubmissionStatus, snapshot: Bool = true, latest: Bool = true, new: Bool = false,
                      verdictNow: Bool = false) -> SubmissionFacts {
        SubmissionFacts(status: status, hasSnapshot: snapshot, isLatest: latest, createdNow: new, verdictNow: verdictNow)
    }

    static let rows: [Row] = [
        // The owner writes the draft: snapshot once, note, time, then submitted.
        Row(party: .owner, field: "snapshot", value: "{}", facts: facts(.draft, snapshot: false, new: true), allowed: true),
        Row(party: .owner, field: "snapshot", value: "{}", facts: facts(.draft, snapshot: true, new: true), allowed: false),
        Row(party: .owner, field: "snapshot", value: nil, facts: facts(.draft, snapshot: false), allowed: false),
        Row(party: .owner, field: "snapshot", value: "{}", facts: facts(.submitted, snapshot: false), allowed: false),
        Row(party: .owner, field: "note", value: "初稿", facts: facts(.draft, snapshot: false, new: true), allowed: true),
        Row(party: .owner, field: "note", value: "初稿", facts: facts(.submitted, new: true), allowed: true),
        Row(party: .owner, field: "note", value: "改", facts: facts(.submitted), allowed: false),
        Row(party: .owner, field: "note", value: "改", facts: facts(.accepted), allowed: false),
        Row(party: .owner, field: "submittedMs", value: "1", facts: facts(.draft), allowed: true),
        Row(party: .owner, field: "status", value: "submitted", facts: facts(.draft), allowed: true),
        Row(party: .owner, field: "status", value: "submitted", facts: facts(.draft, snapshot: false), allowed: false),
        Row(party: .owner, field: "status", value: "submitted", facts: facts(.submitted), allowed: false),
        Row(party: .owner, field: "status", value: "submitted", facts: facts(.accepted), allowed: false),
        Row(party: .owner, field: "status", value: "submitted", facts: facts(.returned), allowed: false),
        Row(party: .owner, field: "status", value: "accepted", facts: facts(.submitted), allowed: false),
        Row(party: .owner, field: "status", value: "returned", facts: facts(.submitted), allowed: false),
        Row(party: .owner, field: "status", value: "draft", facts: facts(.submitted), allowed: false),
        Row(party: .owner, field: "status", value: nil, facts: facts(.submitted), allowed: false),
        Row(party: .owner, field: "reviewNote", value: "好", facts: facts(.submitted), allowed: false),
        // The reviewer gives one verdict, on the latest submission only.
        Row(party: .reviewer, field: "status", value: "accepted", facts: facts(.submitted), allowed: true),
        Row(party: .reviewer, field: "status", value: "returned", facts: facts(.submitted), allowed: true),
        Row(party: .reviewer, field: "status", value: "accepted", facts: facts(.submitted, latest: false), allowed: false),
        Row(party: .reviewer, field: "status", value: "accepted", facts: facts(.returned), allowed: false),
        Row(party: .reviewer, field: "status", value: "returned", facts: facts(.accepted), allowed: false),
        Row(party: .reviewer, field: "status", value: "accepted", facts: facts(.draft, snapshot: false, new: true), allowed: false),
        Row(party: .reviewer, field: "status", value: "accepted", facts: facts(.draft), allowed: false),
        Row(party: .reviewer, field: "status", value: "submitted", facts: facts(.accepted), allowed: false),
        Row(party: .reviewer, field: "reviewNote", value: "请修改", facts: facts(.submitted), allowed: true),
        Row(party: .reviewer, field: "reviewNote", value: "请修改", facts: facts(.returned, verdictNow: true), allowed: true),
        Row(party: .reviewer, field: "reviewNote", value: "请修改", facts: facts(.returned), allowed: false),
        Row(party: .reviewer, field: "reviewNote", value: "请修改", facts: facts(.submitted, latest: false), allowed: false),
        Row(party: .reviewer, field: "snapshot", value: "{}", facts: facts(.draft, snapshot: false, new: true), allowed: false),
        Row(party: .reviewer, field: "note", value: "x", facts: facts(.submitted), allowed: false),
    ]

    @Test(arguments: rows) func transition(_ row: Row) {
        let violation = SubmissionWorkflow.violation(field: row.field, value: row.value, party: row.party, facts: row.facts)
        #expect((violation == nil) == row.allowed, "\(violation?.english ?? "allowed")")
        if let violation {
            #expect(!violation.chinese.isEmpty && !violation.english.isEmpty)
            #expect(violation.code == .forbidden)
        }
    }

    /// Every state reached by a verdict is final for both parties and every field.
    @Test func nothingChangesAfterAVerdict() {
        for status in [SubmissionStatus.returned, .accepted] {
            for party in SubmissionParty.allCases {
                for field in ["snapshot", "note", "submittedMs", "status", "reviewNote"] {
                    for value in ["submitted", "returned", "accepted", "x", "{}"] {
                        #expect(SubmissionWorkflow.violation(field: field, value: value, party: party, facts: Self.facts(status)) != nil)
                    }
                }
            }
        }
    }

    @Test func aSnapshotMustBeThePlanItNames() {
        let document = PlanDocument(plan: EntityState(id: "p1", kind: .plan, plan: "p1", office: "zhaozhou"), sections: [],
                                    indicators: [], tasks: [])
        let text = String(decoding: try! WireJSON.encoder().encode(document), as: UTF8.self)
        #expect(SubmissionWorkflow.snapshotViolation(text, plan: "p1", office: "zhaozhou") == nil)
        #expect(SubmissionWorkflow.snapshotViolation(text, plan: "p2", office: "zhaozhou") != nil)
        #expect(SubmissionWorkflow.snapshotViolation(text, plan: "p1", office: "zhaoyuan") != nil)
        #expect(SubmissionWorkflow.snapshotViolation("{}", plan: "p1", office: "zhaozhou") != nil)
        #expect(SubmissionWorkflow.snapshotViolation("garbage", plan: "p1", office: "zhaozhou")?.english.contains("not a readable plan") == true)
        var smuggled = document
        smuggled.sections = [EntityState(id: "s9", kind: .section, plan: "other", office: "zhaozhou")]
        let smuggledText = String(decoding: try! WireJSON.encoder().encode(smuggled), as: UTF8.self)
        #expect(SubmissionWorkflow.snapshotViolation(smuggledText, plan: "p1", office: "zhaozhou") != nil)
    }
}

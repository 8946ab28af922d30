import Foundation
import Shared
@testable import Review

/// A small county plan and four conflicts on it, one of each shape, with fixed stamps so frames are reproducible.
enum Fixtures {
    static let t0: Int64 = 1_795_000_000_000  // 2026-11-18 09:46:40 UTC
    static func stamp(_ seconds: Int64, _ replica: String, counter: Int32 = 0) -> Stamp {
        Stamp(ms: t0 + seconds * 1000, counter: counter, replica: replica)
    }

    static func time(_ ms: Int64) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd HH:mm:ss"
        return formatter.string(from: Date(timeIntervalSince1970: Double(ms) / 1000))
    }

    static let document = PlanDocument(
        plan: EntityState(id: "p1000000-plan", kind: .plan, plan: "p1000000-plan", office: "zhaozhou",
                          fields: ["title": "肇州县2025年教育工作计划", "period": "2025", "planKind": "annual"]),
        sections: [
            EntityState(id: "s1000000-pre", kind: .section, plan: "p1000000-plan", office: "zhaozhou",
                        fields: ["place": "/V", "heading": "学前教育", "body": Corpus.preschool]),
            EntityState(id: "s2000000-com", kind: .section, plan: "p1000000-plan", office: "zhaozhou",
                        fields: ["place": "s1000000-pre/V", "heading": "义务教育"]),
            EntityState(id: "s3000000-hig", kind: .section, plan: "p1000000-plan", office: "zhaozhou",
                        fields: ["place": "/k", "heading": "普高教育"]),
        ],
        indicators: [
            EntityState(id: "i1000000-rate", kind: .indicator, plan: "p1000000-plan", office: "zhaozhou",
                        fields: ["place": "s1000000-pre/k", "name": "学前三年毛入园率", "comparator": "ge", "value": "99",
                                 "unit": "%", "year": "2025"]),
        ],
        tasks: [
            EntityState(id: "t1000000-new", kind: .task, plan: "p1000000-plan", office: "zhaozhou",
                        fields: ["place": "s3000000-hig/V", "title": "新建公办园8所", "deleted": "true"]),
        ])

    static func version(_ seconds: Int64, _ replica: String, _ author: String, _ field: String, _ value: String?,
                        replaces: [Stamp] = []) -> Version {
        Version(stamp: stamp(seconds, replica), field: field, value: value, author: author, replaces: replaces)
    }

    static var paragraph: ConflictRecord {
        let base = version(0, "rA", "李明", "body", Corpus.preschool)
        return ConflictRecord(
            kind: .section, entity: "s1000000-pre", plan: "p1000000-plan", office: "zhaozhou", field: "body", base: base,
            contenders: [
                version(120, "rB", "王芳", "body", Corpus.preschool.replacingOccurrences(of: "52%", with: "55%"), replaces: [base.stamp]),
                version(60, "rA", "李明", "body", Corpus.preschool.replacingOccurrences(of: "97%", with: "98%"), replaces: [base.stamp]),
            ])
    }

    static var indicator: ConflictRecord {
        let base = version(0, "rA", "李明", "value", "97")
        return ConflictRecord(
            kind: .indicator, entity: "i1000000-rate", plan: "p1000000-plan", office: "zhaozhou", field: "value", base: base,
            contenders: [version(90, "rB", "王芳", "value", "99", replaces: [base.stamp]),
                         version(90, "rA", "李明", "value", "98", replaces: [base.stamp])])
    }

    static var deletion: ConflictRecord {
        ConflictRecord(
            kind: .task, entity: "t1000000-new", plan: "p1000000-plan", office: "zhaozhou", field: "deleted", base: nil,
            contenders: [version(200, "rA", "李明", "deleted", "true"),
                         version(150, "rB", "王芳", "title", "新建公办园8所")])
    }

    static var move: ConflictRecord {
        let base = version(0, "rA", "李明", "place", "/V")
        return ConflictRecord(
            kind: .section, entity: "s2000000-com", plan: "p1000000-plan", office: "zhaozhou", field: "place", base: base,
            contenders: [version(300, "rB", "王芳", "place", "s1000000-pre/V", replaces: [base.stamp]),
                         version(250, "rA", "李明", "place", "/t", replaces: [base.stamp])])
    }

    /// A body of two paragraphs (and a third only the loser added): the winner changed a number in the second, the
    /// loser one in the first.
    static var paragraphs: ConflictRecord {
        let text = Corpus.preschool + "\n" + Corpus.compulsory
        let base = version(0, "rA", "李明", "body", text)
        return ConflictRecord(
            kind: .section, entity: "s1000000-pre", plan: "p1000000-plan", office: "zhaozhou", field: "body", base: base,
            contenders: [
                version(120, "rB", "王芳", "body", text.replacingOccurrences(of: "95%", with: "96%"), replaces: [base.stamp]),
                version(60, "rA", "李明", "body", text.replacingOccurrences(of: "97%", with: "98%") + "\n" + Corpus.closing,
                        replaces: [base.stamp]),
            ])
    }

    static var records: [ConflictRecord] { [paragraph, indicator, deletion, move] }

    static func items(_ words: Words = .chinese, records: [ConflictRecord] = records) -> [ReviewItem] {
        records.map { record in
            let context = ConflictContext.make(record: record, document: document, officeName: "肇州县教育局")
            return ReviewItem(record: record, view: ConflictView.present(record, context: context, words: words, time: time))
        }
    }
}

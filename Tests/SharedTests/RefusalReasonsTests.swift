import Testing
@testable import Shared

struct RefusalReasonsTests {
    static let s1 = "001735689600000-000001-rA1", s2 = "001735689600001-000000-rB2"

    @Test(arguments: [
        ("change \(s1) is signed by 王芳, but the token belongs to 李强", "change … is signed by 王芳, but the token belongs to 李强", RefusalCause.wrongUser),
        ("change \(s1) was made by replica rA1, not by the pushing replica rB2", "change … was made by replica rA1, not by the pushing replica rB2", .wrongReplica),
        ("change \(s2) is stamped 1200 s ahead of the server clock (bound 900 s); fix the computer's clock and sync again",
         "change … is stamped ahead of the server clock (bound 900 s); fix the computer's clock and sync again", .clockDrift),
        ("only the city reviews submissions", "only the city reviews submissions", .other),
        ("", "", .other),
    ])
    func generalReasonAndCause(reason: String, general: String, cause: RefusalCause) {
        #expect(RefusalReasons.general(reason) == general)
        #expect(RefusalReasons.cause(reason) == cause)
    }

    @Test func identicalCausesGroupMostFrequentFirst() {
        let clock = { (s: String, n: Int) in "change \(s) is stamped \(n) s ahead of the server clock (bound 900 s); fix the computer's clock and sync again" }
        let groups = RefusalReasons.group([
            "only the city reviews submissions", clock(Self.s1, 1000), clock(Self.s2, 1001), "only the city reviews submissions",
            clock(Self.s1, 1002), "plan p1 belongs to lindian, not zhaozhou",
        ])
        #expect(groups.map(\.count) == [3, 2, 1])
        #expect(groups.map(\.cause) == [.clockDrift, .other, .other])
        #expect(groups[1].reason == "only the city reviews submissions")
        #expect(RefusalReasons.group([]).isEmpty)
    }

    @Test func bilingualReasonsGroupByCauseAndKeepTheirChinese() {
        let en = { (s: String, n: Int) in "change \(s) is stamped \(n) s ahead of the server clock (bound 900 s); fix the computer's clock and sync again" }
        let zh = { (s: String, n: Int) in "修改 \(s) 的时间比服务器时钟快 \(n) 秒（上限 900 秒）；请校准电脑时间后再同步" }
        let groups = RefusalReasons.group(bilingual: [
            (en: en(Self.s1, 1000), zh: zh(Self.s1, 1000)), (en: en(Self.s2, 1003), zh: zh(Self.s2, 1003)),
            (en: "only the city reviews submissions", zh: nil),
        ])
        #expect(groups.map(\.count) == [2, 1])
        #expect(groups[0].cause == .clockDrift)
        #expect(groups[0].reasonZh == "修改 … 的时间比服务器时钟快（上限 900 秒）；请校准电脑时间后再同步")
        #expect(groups[1].reasonZh == nil, "no Chinese sent: none made up")
    }
}

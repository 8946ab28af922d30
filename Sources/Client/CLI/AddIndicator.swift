import ArgumentParser
import ClientCore
import Shared

struct AddIndicator: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "indicator", abstract: tr("添加指标", "Add an indicator"),
        discussion: tr("例：", "Example: ") + "tributary add indicator --plan P --section S --name 学前三年毛入园率 --comparator ≥ --value 97 --unit % --year 2025 --scope 全市")

    @OptionGroup var replica: ReplicaOptions
    @Option(help: ArgumentHelp(tr("规划编号", "plan id")), completion: Completions.plans) var plan: String
    @Option(help: ArgumentHelp(tr("所属章节", "section")), completion: Completions.ids([.section])) var section: String?
    @Option(help: ArgumentHelp(tr("指标名称", "name"))) var name: String
    @Option(help: ArgumentHelp(tr("比较：≥ ≤ = ≈（或 以上 以下 左右）", "comparison: ≥ ≤ = ≈ (or ge le eq approx)"))) var comparator: ComparatorArgument = ComparatorArgument(code: "eq")
    @Option(help: ArgumentHelp(tr("目标值：数字或占位符如 XX", "value"))) var value: String?
    @Option(help: ArgumentHelp(tr("单位：% 所 人 个 …", "unit"))) var unit: String?
    @Option(help: ArgumentHelp(tr("目标年份", "target year"))) var year: String?
    @Option(help: ArgumentHelp(tr("基期值", "baseline value"))) var baselineValue: String?
    @Option(help: ArgumentHelp(tr("基期年份", "baseline year"))) var baselineYear: String?
    @Option(help: ArgumentHelp(tr("范围：全市、某县", "scope"))) var scope: String?
    @Option(help: ArgumentHelp(tr("汇总方式：合计 最小 最大 平均 加权", "how the counties roll up"))) var rollup: RollupArgument?

    var fields: [String: String] {
        var fields: [String: String] = ["name": name, "comparator": comparator.code]
        fields["value"] = value
        fields["unit"] = unit
        fields["year"] = year
        fields["baselineValue"] = baselineValue
        fields["baselineYear"] = baselineYear
        fields["scope"] = scope
        fields["rollup"] = rollup?.code
        return fields
    }

    func validate() throws {
        for (field, value) in fields {
            if let problem = Schema.problem(kind: .indicator, field: field, value: value) { throw ValidationError(problem) }
        }
    }

    func run() throws {
        let replica = try replica.open()
        let plan = try replica.resolveID(plan)
        let section = try section.map(replica.resolveID)
        let fields = self.fields
        print(try replica.edit { try $0.addIndicator(plan: plan, section: section, fields: fields) })
    }
}

import ArgumentParser
import ClientCore
import Foundation
import Shared

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init", abstract: tr("为一个单位创建本地副本", "Create a replica for an office"))

    @OptionGroup var replica: ReplicaOptions
    @Option(help: ArgumentHelp(tr("单位代码，如 zhaozhou", "office code"))) var office: String
    @Option(help: ArgumentHelp(tr("单位名称，如 肇州县教育局", "office name"))) var name: String
    @Option(help: ArgumentHelp(tr("市（city）或县区（county）", "city or county"))) var level: Office.Level = .county
    @Option(help: ArgumentHelp(tr("上级市的代码（县区必填）", "parent city code"))) var parent: String?
    @Option(help: ArgumentHelp(tr("用户名", "user name"))) var user: String

    func validate() throws {
        guard Office.isValidID(office) else { throw ValidationError(tr("单位代码只能含小写字母、数字、- 和 _", "office code: lowercase letters, digits, - and _")) }
        if level == .county && parent == nil { throw ValidationError(tr("县区须用 --parent 指定上级市", "a county needs --parent")) }
        guard !user.isEmpty, user.count <= 100 else { throw ValidationError(tr("用户名不能为空", "user name is required")) }
    }

    func run() throws {
        let office = Office(id: office, name: name, level: level, parent: level == .city ? nil : parent)
        let created = try Replica.create(at: replica.path, office: office, user: user)
        print(tr("已创建副本 \(replica.path)（\(office.name)，用户 \(user)，副本编号 \(created.replicaID)）",
                 "Created replica \(replica.path) (\(office.name), user \(user), replica id \(created.replicaID))"))
    }
}

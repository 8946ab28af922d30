import ArgumentParser
import ClientCore
import Shared

struct SubmissionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "submissions",
        abstract: tr("报送：提交、查看、比较、退回、通过", "Submissions: submit, list, show, compare, return, accept"),
        subcommands: [SubmissionsSubmit.self, SubmissionsList.self, SubmissionsShow.self, SubmissionsCompare.self,
                      SubmissionsReturn.self, SubmissionsAccept.self])

    static func statusName(_ status: String) -> String {
        switch status {
        case "submitted": return tr("已报送", "submitted")
        case "returned": return tr("已退回", "returned")
        case "accepted": return tr("已通过", "accepted")
        default: return tr("草稿", "draft")
        }
    }
}

import ArgumentParser
import Foundation
import ServerApp
import Shared

/// `tributary-server compact`: removes superseded versions and purges deleted entities older than the window (by
/// arrival at the server), and reports what it removed. It may run while the servers serve (one write
/// transaction; on PostgreSQL under the writers' lock); replicas that last synced before the new horizon are told so on their next pull, push what they
/// have and bootstrap again, losing nothing. What is removed, and why: `CompactionReport`.
struct CompactCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compact",
        abstract: "Remove superseded versions and deleted entities older than the window; report what was removed",
        discussion: """
            The window is the offline horizon the server promises: a replica away for less than it syncs on as usual; \
            one away for longer is told so, pushes its changes (kept, as conflicts where they meet newer values) and \
            bootstraps again. Heads of fields and anything an open conflict needs are never removed.
            """)

    @OptionGroup var data: DataOptions
    @Option(name: .long, help: ArgumentHelp("keep everything that arrived in the last DAYS days (400 is one planning cycle)", valueName: "days"))
    var window: Int = 400
    @Flag(name: .long, help: "report what would be removed without removing it") var dryRun = false
    @Flag(name: .long, help: "print the report as JSON") var json = false

    func validate() throws {
        guard window >= 0 else { throw ValidationError("--window must be 0 or more days (0: everything that arrived until now)") }
        guard window <= 36_500 else { throw ValidationError("--window is at most 36500 days") }
    }

    func run() async throws {
        let (window, dryRun) = (window, dryRun)
        let report = try await data.withStore { store in
            try await Self.compact(store: store, windowDays: window, dryRun: dryRun, clock: SystemWallClock())
        }
        if json {
            try printJSON(report)
        } else {
            print(Self.describe(report, windowDays: window))
        }
    }

    static func compact(store: any ServerStore, windowDays: Int, dryRun: Bool, clock: any WallClock) async throws -> CompactionReport {
        try await store.compact(olderThanMs: clock.nowMs() - Int64(windowDays) * 86_400_000, dryRun: dryRun)
    }

    static func describe(_ report: CompactionReport, windowDays: Int) -> String {
        let verb = report.dryRun ? "would remove" : "removed"
        var text = "\(verb) \(report.changesRemoved) changes older than \(windowDays) days (superseded versions and the "
            + "history of \(report.entitiesPurged) deleted entities)"
        if report.horizon != report.previousHorizon {
            text += "; the horizon \(report.dryRun ? "would move" : "moved") from \(report.previousHorizon) to \(report.horizon): "
                + "replicas that last synced before it push their changes and bootstrap again on their next sync"
        } else {
            text += "; the horizon stays at \(report.horizon)"
        }
        return text
    }
}

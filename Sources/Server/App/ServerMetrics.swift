import Foundation
import Prometheus

/// The server's Prometheus metrics, in a registry of its own (not the process-wide MetricsSystem), so that every
/// server instance, including the ones tests start side by side, counts only its own traffic.
public final class ServerMetrics: Sendable {
    public let registry = PrometheusCollectorRegistry()
    let changesApplied: Counter
    let conflictsRecorded: Counter
    let pushSeconds: DurationHistogram
    let pullSeconds: DurationHistogram

    public init() {
        changesApplied = registry.makeCounter(name: "tributary_changes_applied_total", help: "Changes stored by pushes")
        conflictsRecorded = registry.makeCounter(name: "tributary_conflicts_recorded_total", help: "Conflicts opened by pushes")
        let buckets: [Duration] = [.milliseconds(5), .milliseconds(20), .milliseconds(100), .milliseconds(500), .seconds(2), .seconds(10)]
        pushSeconds = registry.makeDurationHistogram(name: "tributary_push_duration_seconds", buckets: buckets, help: "Push latency")
        pullSeconds = registry.makeDurationHistogram(name: "tributary_pull_duration_seconds", buckets: buckets, help: "Pull and bootstrap latency")
    }

    func request(route: String, method: String, status: Int) {
        registry.makeCounter(name: "tributary_http_requests_total",
                             labels: [("route", route), ("method", method), ("status", String(status))],
                             help: "HTTP requests by route, method and status").increment()
    }

    public func text() -> String { registry.emitToString() }
}

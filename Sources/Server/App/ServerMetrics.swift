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
    let openConflicts: Gauge
    private static var requests: MetricNameDescriptor { MetricNameDescriptor(namespace: "tributary", metricName: "http_requests", unitName: "total",
                                                       helpText: "HTTP requests by route, method and status") }

    public init() {
        func name(_ metric: String, _ unit: String, _ help: String) -> MetricNameDescriptor {
            MetricNameDescriptor(namespace: "tributary", metricName: metric, unitName: unit, helpText: help)
        }
        changesApplied = registry.makeCounter(descriptor: name("changes_applied", "total", "Changes stored by pushes"))
        conflictsRecorded = registry.makeCounter(descriptor: name("conflicts_recorded", "total", "Conflicts opened by pushes"))
        let buckets: [Duration] = [.milliseconds(5), .milliseconds(20), .milliseconds(100), .milliseconds(500), .seconds(2), .seconds(10)]
        pushSeconds = registry.makeDurationHistogram(descriptor: name("push_duration", "seconds", "Push latency"), buckets: buckets)
        pullSeconds = registry.makeDurationHistogram(descriptor: name("pull_duration", "seconds", "Pull and bootstrap latency"), buckets: buckets)
        openConflicts = registry.makeGauge(descriptor: name("open_conflicts", "", "Conflicts open in the server's store"))
    }

    func request(route: String, method: String, status: Int) {
        registry.makeCounter(descriptor: Self.requests, labels: [("route", route), ("method", method), ("status", String(status))])
            .increment()
    }

    /// The exposition text, with the open-conflict gauge read from the store at scrape time.
    public func text(openConflicts count: Int) -> String {
        openConflicts.set(Int64(count))
        return registry.emitToString()
    }
}

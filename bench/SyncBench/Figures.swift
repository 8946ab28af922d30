import Foundation

/// A figure's target, from issue 11.
enum Target {
    case atLeast(Double)
    case atMost(Double)
    case exactly(Double)

    var value: Double {
        switch self {
        case .atLeast(let v), .atMost(let v), .exactly(let v): return v
        }
    }
    var kind: String {
        switch self {
        case .atLeast: return "min"
        case .atMost: return "max"
        case .exactly: return "exact"
        }
    }
    func met(by value: Double) -> Bool {
        switch self {
        case .atLeast(let v): return value >= v
        case .atMost(let v): return value <= v
        case .exactly(let v): return value == v
        }
    }
    var symbol: String {
        switch self {
        case .atLeast: return "≥"
        case .atMost: return "≤"
        case .exactly: return "="
        }
    }
}

/// The figures of one run, printed as text or as one JSON object.
struct Figures {
    struct Figure {
        var key: String
        var label: String
        var value: Double
        var unit: String
        var target: Target?
        var ceiling: Double?
        /// The same measure on another store in the same run (the PostgreSQL round's figures carry the SQLite
        /// server's), printed beside it with the ratio between the two; not a ceiling, just the other store.
        var versus: (name: String, value: Double)?

        /// This figure over the other store's (for a rate, the other's over this one's), so 2 is twice as slow.
        var versusRatio: Double? {
            guard let versus, versus.value > 0, value > 0 else { return nil }
            return higherIsBetter ? versus.value / value : value / versus.value
        }

        /// Rates are better high, everything else (seconds, bytes, memory) low.
        var higherIsBetter: Bool { unit.hasSuffix("/s") }

        /// How far the figure is from its ceiling, or from its target when it has no ceiling: 1 is at the reference,
        /// 2 is twice as slow (or as large). Nil for a figure with neither, and for exact counts.
        var ratio: Double? {
            guard let reference = ceiling ?? target.flatMap({ if case .exactly = $0 { return nil } else { return $0.value } }),
                  reference > 0, value > 0 else { return nil }
            return higherIsBetter ? reference / value : value / reference
        }
        var ratioTo: String? { ratio == nil ? nil : (ceiling != nil ? "ceiling" : "target") }
    }

    private(set) var all: [Figure] = []

    mutating func add(_ key: String, _ label: String, value: Double, unit: String, target: Target?, ceiling: Double?,
                      versus: (name: String, value: Double)? = nil) {
        all.append(Figure(key: key, label: label, value: value, unit: unit, target: target, ceiling: ceiling, versus: versus))
    }

    static func format(_ value: Double, unit: String) -> String {
        switch unit {
        case "s": return String(format: "%.2f s", value)
        case "MiB": return String(format: "%.1f MiB", value)
        case let u where u.hasSuffix("/s"): return String(format: "%.0f %@", value, u)
        default: return String(format: "%.0f %@", value, unit)
        }
    }

    var text: String {
        all.map { figure in
            var line = "\(figure.label): \(Self.format(figure.value, unit: figure.unit))"
            if let versus = figure.versus {
                line += "; \(versus.name) \(Self.format(versus.value, unit: figure.unit))"
                if let ratio = figure.versusRatio { line += String(format: " (%.2f× of it)", ratio) }
            }
            if let ceiling = figure.ceiling { line += "; ceiling \(Self.format(ceiling, unit: figure.unit))" }
            if let ratio = figure.ratio { line += String(format: "; ratio %.2f× %@", ratio, figure.ratioTo ?? "") }
            if let target = figure.target {
                line += "; target \(target.symbol) \(Self.format(target.value, unit: figure.unit)) \(target.met(by: figure.value) ? "met" : "NOT met")"
            }
            return line
        }.joined(separator: "\n")
    }

    func json(machine: String, counties: Int, notes: [String: String] = [:]) -> String {
        func number(_ value: Double) -> Any { value.rounded() == value && abs(value) < 1e15 ? Int(value) : (value * 1000).rounded() / 1000 }
        var object: [String: Any] = [:]
        for figure in all {
            var entry: [String: Any] = ["value": number(figure.value), "unit": figure.unit, "label": figure.label]
            if let target = figure.target {
                entry["target"] = number(target.value)
                entry["targetKind"] = target.kind
                entry["met"] = target.met(by: figure.value)
            } else {
                entry["target"] = NSNull()
            }
            entry["ceiling"] = figure.ceiling.map(number) ?? NSNull()
            entry["ratio"] = figure.ratio.map(number) ?? NSNull()
            entry["ratioTo"] = figure.ratioTo ?? NSNull()
            if let versus = figure.versus {
                entry["versus"] = ["name": versus.name, "value": number(versus.value), "ratio": figure.versusRatio.map(number) ?? NSNull()] as [String: Any]
            }
            object[figure.key] = entry
        }
        for (key, note) in notes { object[key] = note }
        object["machine"] = machine
        object["counties"] = counties
        object["ratioMeaning"] = "how many times slower (or larger) than the ceiling, or the target where there is no ceiling; 1 = at it"
        let data = try! JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys])
        return String(decoding: data, as: UTF8.self)
    }

    /// "2 cores, <CPU model>", from /proc.
    static func machineDescription() -> String {
        let cores = ProcessInfo.processInfo.activeProcessorCount
        let cpu = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8))?
            .split(separator: "\n").first { $0.hasPrefix("model name") }?
            .split(separator: ":", maxSplits: 1).last?.trimmingCharacters(in: .whitespaces)
        return "\(cores) cores" + (cpu.map { ", \($0)" } ?? "")
    }
}

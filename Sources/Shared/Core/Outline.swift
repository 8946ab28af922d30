import Foundation

/// An outline item as the tree builder needs it.
public struct OutlineItem: Sendable, Hashable {
    public var id: String
    public var place: Place?
    /// The stamp of the write that put the item where it is: the most recent move gives way when moves form a cycle.
    public var placeStamp: Stamp?
    public var deleted: Bool
    /// False for a section the document does not number (an issuing notice or introduction before 一、): it gets
    /// no label and does not count among its siblings.
    public var numbered: Bool
    /// The document's own number for a numbered section (`Fields.label`), shown instead of the computed one.
    public var label: String?

    public init(id: String, place: Place?, placeStamp: Stamp?, deleted: Bool, numbered: Bool = true, label: String? = nil) {
        self.id = id
        self.place = place
        self.placeStamp = placeStamp
        self.deleted = deleted
        self.numbered = numbered
        self.label = label
    }
}

public struct OutlineNode: Sendable, Equatable {
    public var id: String
    public var depth: Int
    public var label: String
    public var children: [OutlineNode]
}

/// Builds the section tree from the sections' current places, identically on every replica.
///
/// Concurrent moves can make the stored parents form a cycle (A moved under B here, B under A there). Every replica
/// breaks it the same way: the item whose move is the most recent goes to the top level. An item whose parent is
/// deleted or not known (yet) hangs under its nearest live ancestor, or the top level: a subtree is never dropped.
public enum Outline {
    public static func effectiveParents(_ items: [OutlineItem]) -> [String: String?] {
        let live = Dictionary(items.filter { !$0.deleted }.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let all = Dictionary(items.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var parent: [String: String?] = [:]
        for item in live.values {
            // Climb past deleted or unknown parents to the nearest live one.
            var candidate = item.place?.parent
            var guardSteps = 0
            while let p = candidate, live[p] == nil, guardSteps < all.count + 1 {
                candidate = all[p]?.place?.parent
                guardSteps += 1
            }
            if let p = candidate, live[p] == nil { candidate = nil }
            parent[item.id] = candidate
        }
        // Break cycles deterministically: while some walk up the parents meets itself, detach the most recently
        // moved member of that cycle. Each pass removes one cycle, so this ends.
        func moveOrder(_ id: String) -> (Stamp, String) {
            (live[id]?.placeStamp ?? Stamp(ms: -1, counter: 0, replica: ""), id)
        }
        var changed = true
        while changed {
            changed = false
            for start in live.keys.sorted() {
                var path: [String] = []
                var index: [String: Int] = [:]
                var current: String? = start
                while let node = current {
                    if let i = index[node] {
                        let mover = path[i...].max { moveOrder($0) < moveOrder($1) }!
                        parent[mover] = .some(nil)
                        changed = true
                        break
                    }
                    index[node] = path.count
                    path.append(node)
                    current = parent[node] ?? nil
                }
            }
        }
        return parent
    }

    /// The tree of live items, siblings ordered by (position, id), numbered by depth.
    public static func build(_ items: [OutlineItem]) -> [OutlineNode] {
        let parents = effectiveParents(items)
        let byID = Dictionary(items.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var children: [String?: [String]] = [:]
        for (id, parent) in parents { children[parent, default: []].append(id) }
        // Each item's position read once: sorting looked both items up by id for every comparison.
        func ordered(_ ids: [String]) -> [String] {
            ids.map { (position: byID[$0]?.place?.position ?? "", id: $0) }
                .sorted { $0.position != $1.position ? $0.position < $1.position : $0.id < $1.id }
                .map(\.id)
        }
        func nodes(under parent: String?, depth: Int) -> [OutlineNode] {
            var index = 0
            return ordered(children[parent] ?? []).map { id in
                var label = ""
                if byID[id]?.numbered ?? true {
                    label = byID[id]?.label ?? NumberLabel.label(depth: depth, index: index)
                    index += 1
                }
                return OutlineNode(id: id, depth: depth, label: label, children: nodes(under: id, depth: depth + 1))
            }
        }
        return nodes(under: nil, depth: 0)
    }

    /// Depth-first order of a built tree.
    public static func flatten(_ roots: [OutlineNode]) -> [OutlineNode] {
        roots.flatMap { [$0] + flatten($0.children) }
    }
}

extension Outline {
    /// Every section's title as a conflict's path names it: its outline number and heading ("（一）学前教育"); a
    /// deleted section (not numbered) by its heading alone, or its id. Of equal ids the first wins. The one definition
    /// of these titles: a replica keeps them per plan (so that `conflicts` and `review` need not rebuild 25 outlines)
    /// and a plan read whole computes them the same way.
    public static func sectionTitles(_ sections: [EntityState]) -> [String: String] {
        var titles: [String: String] = [:]
        let headings = Dictionary(sections.map { ($0.id, $0["heading"]) }, uniquingKeysWith: { a, _ in a })
        for node in flatten(build(sections.map(\.outlineItem))) {
            titles[node.id] = node.label + ((headings[node.id] ?? nil) ?? "")
        }
        for section in sections where titles[section.id] == nil { titles[section.id] = section["heading"] ?? section.id }
        return titles
    }
}

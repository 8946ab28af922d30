import ArgumentParser
import ClientCore
import Foundation
import Shared

/// Shell completion of ids and field names (`tributary set 3f<Tab>`, `tributary set 3f2a91c0 <Tab>`). The shell calls
/// the binary back with the words typed so far; the replica is the one those words name (`--db`), else the one the
/// command would use. The candidates come from `CompletionCandidates`, which reads the file without writing it.
enum Completions {
    /// The replica file the typed words point at, resolved as `ReplicaOptions` does.
    static func replicaPath(_ words: [String]) -> String {
        for (i, word) in words.enumerated() {
            if word == "--db", i + 1 < words.count { return words[i + 1] }
            if word.hasPrefix("--db=") { return String(word.dropFirst(5)) }
        }
        return ReplicaOptions.resolve(nil).path
    }

    static func ids(_ kinds: Set<EntityKind>? = nil) -> CompletionKind {
        .custom { words, _, prefix in CompletionCandidates.ids(replica: replicaPath(words), kinds: kinds, prefix: prefix) }
    }

    static var plans: CompletionKind { ids([.plan]) }
    static var submissions: CompletionKind { ids([.submission]) }

    static var deleted: CompletionKind {
        .custom { words, _, prefix in CompletionCandidates.deletedIDs(replica: replicaPath(words), prefix: prefix) }
    }

    static var conflicts: CompletionKind {
        .custom { words, _, prefix in CompletionCandidates.conflicts(replica: replicaPath(words), prefix: prefix) }
    }

    /// Field names of the entry named by the word before the one being completed (`set ID <Tab>`).
    static var fields: CompletionKind {
        .custom { words, index, prefix in
            let entity = index >= 1 && index - 1 < words.count ? words[index - 1] : nil
            return CompletionCandidates.fields(replica: replicaPath(words), entity: entity, prefix: prefix)
        }
    }
}

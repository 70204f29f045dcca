import Foundation

extension Dialogue {
    /// This dialogue with the change from `base` to `mine` applied on top, by the same three-way merge a
    /// save uses; nil when the two touch the same value differently or the result is no dialogue. Undo
    /// uses it to take back one step without taking back what others changed since.
    public func applying(changeFrom base: Dialogue, to mine: Dialogue) -> Dialogue? {
        func tree(_ dialogue: Dialogue) -> JSONValue? {
            (try? DialogueCoding.encodeDialogue(dialogue)).flatMap { try? DialogueCoding.decodeJSON(from: $0) }
        }
        guard let baseTree = tree(base), let mineTree = tree(mine), let theirTree = tree(self) else { return nil }
        let (merged, conflicts) = ThreeWayMerge.merge(base: baseTree, mine: mineTree, theirs: theirTree)
        guard conflicts.isEmpty, let data = try? DialogueCoding.encodeJSON(merged) else { return nil }
        return try? DialogueCoding.decodeDialogue(from: data)
    }
}

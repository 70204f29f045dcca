import Foundation

extension Dialogue {
    /// This dialogue with the change from `base` to `mine` applied on top, by the same three-way merge a
    /// save uses; nil when the two touch the same value differently or the result is no dialogue. Undo
    /// uses it to take back one step without taking back what others changed since. Inputs merge field by
    /// field without any encoding, so an undo stays quick with thousands of them.
    public func applying(changeFrom base: Dialogue, to mine: Dialogue) -> Dialogue? {
        if self == base { return mine }
        let inputs = InputMerge(
            base: base.inputs, mine: mine.inputs, theirs: self.inputs, actor: mine.modifiedBy ?? "",
            now: mine.modifiedAt)
        guard inputs.conflicts.isEmpty else { return nil }
        var result: Dialogue
        if DialogueStore.sameFileContent(base, mine) {
            result = self
            result.modifiedAt = mine.modifiedAt
            result.modifiedBy = mine.modifiedBy
        } else {
            func tree(_ dialogue: Dialogue) -> JSONValue? {
                (try? DialogueCoding.encodeDialogue(dialogue)).flatMap { try? DialogueCoding.decodeJSON(from: $0) }
            }
            guard let baseTree = tree(base), let mineTree = tree(mine), let theirTree = tree(self) else { return nil }
            let (merged, conflicts) = ThreeWayMerge.merge(base: baseTree, mine: mineTree, theirs: theirTree)
            guard conflicts.isEmpty, let data = try? DialogueCoding.encodeJSON(merged),
                let decoded = try? DialogueCoding.decodeDialogue(from: data)
            else { return nil }
            result = decoded
        }
        result.inputs = inputs.keepingMine
        result.contacts = DialogueStore.mergedContacts(base: base.contacts, mine: mine.contacts, theirs: contacts)
        return result
    }
}

import DialogueKit
import Foundation

/// One change on the undo or redo stack: the dialogue as the change left it and the dialogue to go back
/// (or forward) to. What the change was, in words, is worked out only when it is taken back.
public struct UndoStep: Equatable, Sendable {
    /// The dialogue right after the step; undoing it starts from here.
    public var base: Dialogue
    /// The dialogue that undoing (or redoing) the step returns to.
    public var target: Dialogue
    /// What the step did in words when it is not what `DialogueChanges` says, e.g. a restored version.
    public var label: String?

    public init(base: Dialogue, target: Dialogue, label: String? = nil) {
        self.base = base
        self.target = target
        self.label = label
    }

    /// What the step did, e.g. «bockade av "Förankra beslutet"»: the change from `target` to `base`.
    public var description: String {
        if let label { return label }
        let sentences = DialogueChanges.describe(from: target, to: base)
        return sentences.isEmpty ? UIStrings.swedish.someChange : sentences.joined(separator: "; ")
    }

    /// The dialogue after taking this step back (or forward) from `current`, recorded as changed by
    /// `actor` at `now`. When someone else changed the dialogue since the step, only the step is taken
    /// back (a three-way merge of `base` → `target` onto `current`); nil when their change touched the
    /// same values as the step.
    public func result(on current: Dialogue, by actor: String, at now: Date) -> Dialogue? {
        guard var dialogue = current == base ? target : current.applying(changeFrom: base, to: target) else {
            return nil
        }
        dialogue.markModified(by: actor, at: now)
        return dialogue
    }
}

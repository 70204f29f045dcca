import DialogueKit
import Foundation
import TerminalKit

extension PanelID {
    /// The Beslut panel of Återkoppling: the decisions register.
    public static let decisions = PanelID("decisions")
}

/// The Beslut panel: the decisions register (who decided, when, §, diarienummer, what) as a table with a form,
/// and under it what the selected decision was based on — the themes and inputs whose responses link it.
/// A decision that responses still link is not removed: the dialogue's sentence says why.
struct DecisionsPanel: Panel {
    /// What the panel's keys ask for: the register's own keys, and the basis read whole.
    enum Action: Sendable {
        case list(RecordListAction)
        case readBasis
    }

    static let id = PanelID.decisions
    static var title: String { UIStrings.swedish.panelDecisions }

    var register = RecordListState<Decision>()
    /// The selected decision's basis, made once per change (nil until the panel is first used).
    private(set) var basis: DecisionBasisCache?

    var isBrowsing: Bool { !register.isBusy }

    func keyMap(in context: PanelContext) -> KeyMap<Action> {
        let map = register.keyMap().map(Action.list)
        guard isBrowsing, selectedDecision(in: context.dialogue) != nil else { return map }
        return map + KeyMap([(KeyBinding("g", UIStrings.swedish.keyReadBasis), .readBasis)])
    }

    mutating func perform(_ action: Action, key: Key, in context: inout PanelContext) -> [Effect] {
        defer { refresh(context.dialogue) }
        switch action {
        case .readBasis:
            guard let decision = selectedDecision(in: context.dialogue) else { return [] }
            let basis = currentBasis(for: context.dialogue)?.basis ?? context.dialogue.basis(of: decision.id)
            context.reading = TextViewer(
                title: DecisionWords.short(decision), text: DecisionBasisText.whole(basis, of: decision))
            return []
        case .list(.delete):
            // Asked only when it can be done: a decision responses link says so at once, in the dialogue's words.
            guard let decision = selectedDecision(in: context.dialogue), !context.refusesChange() else { return [] }
            var trial = context.dialogue
            do {
                try trial.removeDecision(id: decision.id, by: context.actor, at: context.now)
            } catch {
                context.fail(error.description)
                return []
            }
            return register.perform(.delete, key: key, in: &context)
        case .list(let action): return register.perform(action, key: key, in: &context)
        }
    }

    mutating func typed(_ key: Key, in context: inout PanelContext) -> [Effect]? {
        register.typed(key)
    }

    mutating func dialogueChanged(_ dialogue: Dialogue) {
        register.selection.clamp(count: dialogue.followUp.decisions.count)
        refresh(dialogue)
    }

    /// The decision under the selection.
    func selectedDecision(in dialogue: Dialogue) -> Decision? {
        let decisions = dialogue.followUp.decisions
        return decisions.indices.contains(register.selected) ? decisions[register.selected] : nil
    }

    /// The selected decision's basis: the one kept when it still describes the dialogue, else made now.
    func currentBasis(for dialogue: Dialogue) -> DecisionBasisCache? {
        guard let decision = selectedDecision(in: dialogue) else { return nil }
        if let basis, basis.isCurrent(for: dialogue, decision: decision.id) { return basis }
        return DecisionBasisCache(dialogue, decision: decision.id)
    }

    private mutating func refresh(_ dialogue: Dialogue) {
        basis = currentBasis(for: dialogue)
    }
}

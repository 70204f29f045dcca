import DialogueKit
import Foundation
import TerminalKit

extension PanelID {
    /// The Beslut panel of Återkoppling: the decisions register.
    public static let decisions = PanelID("decisions")
}

/// The Beslut panel: the decisions register (who decided, when, §, diarienummer, what) as a table with a form,
/// and under it what the selected decision was based on — the themes and inputs whose responses link it.
/// A new decision is kept in the form until it says who decided and what; a decision that responses still
/// link is not removed: the dialogue's sentence says why.
struct DecisionsPanel: Panel {
    /// What the panel's keys ask for: the register's own keys, and the basis read whole.
    enum Action: Sendable {
        case list(RecordListAction)
        case readBasis
    }

    static let id = PanelID.decisions
    static var title: String { UIStrings.swedish.panelDecisions }

    var register = RecordListState<Decision>()
    /// A new decision as typed so far, while the form's entry has no id yet.
    var draft: Decision?
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
        case .list(.add):
            let effects = register.perform(.add, key: key, in: &context)
            if register.form != nil { draft = Decision(id: "", body: "") }
            return effects
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
        case .list(let action) where draft != nil: return performOnDraft(action, key: key, in: &context)
        case .list(let action): return register.perform(action, key: key, in: &context)
        }
    }

    /// The form's keys while the new decision has no id: each field is kept in the draft, which is added to
    /// the register as soon as it says who decided and what.
    private mutating func performOnDraft(
        _ action: RecordListAction, key: Key, in context: inout PanelContext
    ) -> [Effect] {
        guard var draft, var form = register.form else { return register.perform(action, key: key, in: &context) }
        switch action {
        case .changeField:
            form.fields.beginTyping(form.selected.text(of: draft))
        case .cancelField: form.editor = nil
        case .closeForm:
            if draft != Decision(id: "", body: "") { context.status = StatusLine(UIStrings.swedish.decisionNotAdded) }
            register.form = nil
            self.draft = nil
            return []
        case .saveField:
            guard let typed = form.editor?.text else { return [] }
            if let problem = form.selected.set(typed.trimmingCharacters(in: .whitespacesAndNewlines), in: &draft) {
                context.fail(problem)
                return []
            }
            form.editor = nil
            guard !draft.body.isEmpty, !draft.text.isEmpty else {
                // What is still missing comes next.
                form.selected = draft.body.isEmpty ? .body : .text
                form.fields.beginTyping("")
                (self.draft, register.form) = (draft, form)
                return []
            }
            let actor = context.actor
            var id = ""
            let effects = context.attempt { dialogue, now throws(DialogueError) in
                id = try dialogue.addDecision(
                    body: draft.body, date: draft.date, paragraph: draft.paragraph, caseNumber: draft.caseNumber,
                    text: draft.text, by: actor, at: now)
            }
            guard !effects.isEmpty else { return [] }
            form.recordID = id
            register.form = form
            register.selected = context.dialogue.followUp.decisions.firstIndex { $0.id == id } ?? register.selected
            self.draft = nil
            return effects
        default: return register.perform(action, key: key, in: &context)
        }
        (self.draft, register.form) = (draft, form)
        return []
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

import DialogueKit
import Foundation
import TerminalKit

extension FeedbackPanel {
    mutating func perform(_ action: FeedbackAction, key: Key, in context: inout PanelContext) -> [Effect] {
        defer { refresh(context.dialogue, today: context.today) }
        let dialogue = context.dialogue
        let rounds = dialogue.followUp.feedbackRounds
        let round = selectedRound(in: dialogue)
        switch action {
        case .move: selection.move(key, count: rounds.count, page: layout(context).listRows)
        case .add:
            guard !context.refusesChange() else { return [] }
            // The first audience without a round yet is offered first: participants, then residents.
            let audiences = dialogue.followUp.audiences
            let first = audiences.firstIndex { audience in !rounds.contains { $0.audience == audience.id } }
            mode = .choosingAudience(ListSelection(selected: first ?? 0))
        case .movePick: movePick(key, audiences: dialogue.followUp.audiences.count)
        case .choose: return choose(in: &context)
        case .toggleChannel:
            guard case .choosingChannels(var choice) = mode else { return [] }
            if choice.isOnOtherRow { choice.typing = TextEditor() } else { choice.toggleSelected() }
            mode = .choosingChannels(choice)
        case .cancel:
            if case .choosingChannels(var choice) = mode, choice.typing != nil {
                choice.typing = nil
                mode = .choosingChannels(choice)
            } else {
                mode = .browsing
            }
        case .write:
            guard let round else { return [] }
            if let sent = round.sentOn {
                context.reading = TextViewer(
                    title: UIStrings.swedish.feedbackSentTitle(Self.name(of: round, in: dialogue), on: sent),
                    text: round.text)
            } else if !context.refusesChange() {
                mode = .writing(roundID: round.id, editor(for: round, text: round.text, in: dialogue))
            }
        case .draft:
            guard let round, !round.isSent, !context.refusesChange() else { return [] }
            if round.text.contains(where: { !$0.isWhitespace }) {
                mode = .confirmingDraft(roundID: round.id)
            } else {
                openDraft(of: round, in: context)
            }
        case .plannedDate:
            guard let round, !context.refusesChange() else { return [] }
            let prompt = DatePrompt(
                label: UIStrings.swedish.feedbackPlannedPrompt, date: round.plannedOn, allowsEmpty: true)
            mode = .dating(.planned, roundID: round.id, prompt)
        case .channels:
            guard let round, !context.refusesChange() else { return [] }
            mode = .choosingChannels(
                ChannelChoice(round: round, suggested: dialogue.suggestedChannels(for: round.audience)))
        case .markSent:
            guard let round, !context.refusesChange() else { return [] }
            // Asked of the domain before the date is typed: a round without text is refused in its words.
            var trial = dialogue
            do {
                try trial.markFeedbackSent(id: round.id, on: context.today, by: context.actor, at: context.now)
            } catch {
                context.fail(error.description)
                return []
            }
            let prompt = DatePrompt(
                label: UIStrings.swedish.feedbackSentPrompt, date: round.sentOn ?? context.today, allowsEmpty: false)
            mode = .dating(.sent, roundID: round.id, prompt)
        case .saveDate: return saveDate(in: &context)
        case .remove:
            guard let round, !round.isSent, !context.refusesChange() else { return [] }
            mode = .confirmingRemoval(roundID: round.id)
        case .readChecks:
            let lines = currentChecks(for: dialogue, today: context.today).lines
            guard !lines.isEmpty else { return [] }
            context.reading = TextViewer(
                title: UIStrings.swedish.feedbackChecksTitle, text: lines.joined(separator: "\n\n"))
        case .confirm:
            switch mode {
            case .confirmingDraft(let id):
                mode = .browsing
                if let round = dialogue.feedbackRound(id: id) { openDraft(of: round, in: context) }
            case .confirmingRemoval(let id):
                mode = .browsing
                let actor = context.actor
                return context.attempt { dialogue, now throws(DialogueError) in
                    try dialogue.removeFeedbackRound(id: id, by: actor, at: now)
                }
            default: break
            }
        case .decline: mode = .browsing
        case .editor(let editorAction): return write(editorAction, key: key, in: &context)
        case .help: context.opensHelp = true
        }
        return []
    }

    mutating func typed(_ key: Key, in context: inout PanelContext) -> [Effect]? {
        switch mode {
        case .writing(let id, var editor):
            editor.type(key)
            mode = .writing(roundID: id, editor)
            return []
        case .dating(let date, let id, var prompt):
            _ = prompt.editor.handle(key)
            mode = .dating(date, roundID: id, prompt)
            return []
        case .choosingChannels(var choice):
            guard var editor = choice.typing else { return [] }
            _ = editor.handle(key)
            choice.typing = editor
            mode = .choosingChannels(choice)
            return []
        case .browsing:
            // Any key reaching the panel keeps its checks current: changes made on another panel show here.
            refresh(context.dialogue, today: context.today)
            return nil
        case .choosingAudience, .confirmingDraft, .confirmingRemoval: return []
        }
    }

    /// The editor for a round's text, holding `text` (the stored one or a draft).
    private func editor(for round: FeedbackRound, text: String, in dialogue: Dialogue) -> LongTextEditor {
        LongTextEditor(
            title: UIStrings.swedish.feedbackEditorTitle(Self.name(of: round, in: dialogue)), text: text,
            original: round.text)
    }

    /// Opens the editor on a draft made from the data (made here, on the key, never per frame).
    private mutating func openDraft(of round: FeedbackRound, in context: PanelContext) {
        let draft = context.dialogue.feedbackDraft(for: round.audience, calendar: context.calendar)
        mode = .writing(roundID: round.id, editor(for: round, text: draft, in: context.dialogue))
    }

    /// ↑↓ in the audience choice (of `audiences`) or the channel choice.
    private mutating func movePick(_ key: Key, audiences: Int) {
        switch mode {
        case .choosingAudience(var list):
            list.move(key, count: audiences, page: 5)
            mode = .choosingAudience(list)
        case .choosingChannels(var choice):
            choice.selection.move(key, count: choice.rowCount, page: 5)
            mode = .choosingChannels(choice)
        default: break
        }
    }

    /// Saves a round's planned date, channels or text; nothing when they are as stored.
    private func update(_ round: FeedbackRound, in context: inout PanelContext) -> [Effect] {
        guard context.dialogue.feedbackRound(id: round.id) != round else { return [] }
        let actor = context.actor
        return context.attempt { dialogue, now throws(DialogueError) in
            try dialogue.updateFeedbackRound(round, by: actor, at: now)
        }
    }

    /// Enter in a choice: adds the round for the audience chosen, or saves the channels chosen (on the last
    /// row, or while typing, it takes another channel first).
    private mutating func choose(in context: inout PanelContext) -> [Effect] {
        switch mode {
        case .choosingAudience(let list):
            let audiences = context.dialogue.followUp.audiences
            mode = .browsing
            guard audiences.indices.contains(list.selected) else { return [] }
            let audience = audiences[list.selected].id
            var added: String?
            let actor = context.actor
            let effects = context.attempt { dialogue, now throws(DialogueError) in
                added = try dialogue.addFeedbackRound(
                    audience: audience, plannedOn: nil, channels: [], by: actor, at: now)
            }
            guard let added, let row = context.dialogue.followUp.feedbackRounds.firstIndex(where: { $0.id == added })
            else { return effects }
            selection.selected = row
            // The planned date next: Esc leaves the round without one.
            let prompt = DatePrompt(label: UIStrings.swedish.feedbackPlannedPrompt, date: nil, allowsEmpty: true)
            mode = .dating(.planned, roundID: added, prompt)
            return effects
        case .choosingChannels(var choice):
            if choice.typing != nil {
                choice.addTyped()
                mode = .choosingChannels(choice)
                return []
            }
            if choice.isOnOtherRow {
                choice.typing = TextEditor()
                mode = .choosingChannels(choice)
                return []
            }
            mode = .browsing
            guard var round = context.dialogue.feedbackRound(id: choice.roundID) else { return [] }
            round.channels = choice.result
            return update(round, in: &context)
        default: return []
        }
    }

    /// Enter on a date: the planned date set (or cleared), or the round marked sent on it.
    private mutating func saveDate(in context: inout PanelContext) -> [Effect] {
        guard case .dating(let which, let id, let prompt) = mode else { return [] }
        let date: LocalDate?
        switch prompt.date {
        case .success(let typed): date = typed
        case .failure(let error):
            context.fail(error.description)
            return []
        }
        mode = .browsing
        switch which {
        case .planned:
            guard var round = context.dialogue.feedbackRound(id: id) else { return [] }
            round.plannedOn = date
            return update(round, in: &context)
        case .sent:
            guard let date else { return [] }
            let actor = context.actor
            return context.attempt { dialogue, now throws(DialogueError) in
                try dialogue.markFeedbackSent(id: id, on: date, by: actor, at: now)
            }
        }
    }

    /// A key of the text editor: Ctrl-S saves the text to the round, and the editor stays open when the save
    /// is refused (the round sent or removed meanwhile), so what was written is never lost.
    private mutating func write(_ action: LongTextEditor.Action, key: Key, in context: inout PanelContext)
        -> [Effect]
    {
        guard case .writing(let id, var editor) = mode else { return [] }
        switch editor.perform(action, key: key, in: context.area) {
        case .writing: mode = .writing(roundID: id, editor)
        case .close: mode = .browsing
        case .save(let text):
            mode = .writing(roundID: id, editor)
            guard var round = context.dialogue.feedbackRound(id: id) else {
                context.fail(UIStrings.swedish.feedbackRoundGone(id))
                return []
            }
            guard round.text != text else {
                mode = .browsing
                return []
            }
            guard editor.maySave(over: round.text) else {
                mode = .writing(roundID: id, editor)
                context.fail(UIStrings.swedish.editorChangedUnder)
                return []
            }
            round.text = text
            let effects = update(round, in: &context)
            if !effects.isEmpty { mode = .browsing }
            return effects
        }
        return []
    }
}

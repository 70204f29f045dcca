import DialogueKit
import Foundation
import TerminalKit

extension PanelID {
    /// The Publicering panel of Återkoppling: the texts for the website before and after the dialogue.
    public static let publication = PanelID("publication")
}

/// The Publicering panel: Vänersborg's three questions before the dialogue and three after, each text drafted
/// from the data and edited, and each moment marked published with a date.
struct PublicationPanel: Panel {
    static let id = PanelID.publication
    static var title: String { UIStrings.swedish.panelPublication }

    /// The selected entry of `PublicationEntry.all`.
    var selection = ListSelection()
    var mode: PublicationPanelMode = .browsing

    init() {}

    var isBrowsing: Bool { mode == .browsing }

    /// The entry under the selection.
    var selected: PublicationEntry { PublicationEntry.all[min(selection.selected, PublicationEntry.all.count - 1)] }

    func keyMap(in context: PanelContext) -> KeyMap<PublicationAction> {
        let s = UIStrings.swedish
        switch mode {
        case .browsing:
            return CommonBindings.move(.move)
                + KeyMap([
                    (KeyBinding([.enter], "Enter", s.keyWriteText), .write), (KeyBinding("g", s.keyDraft), .draft),
                    (KeyBinding("p", s.keyMarkPublished), .markPublished),
                ])
        case .writing(_, let editor): return editor.keyMap.map(PublicationAction.editor)
        case .confirmingDraft: return CommonBindings.confirmation(s.keyDraft, yes: .confirm, no: .decline)
        case .dating: return CommonBindings.typing(save: .saveDate, cancel: .cancel)
        }
    }

    mutating func perform(_ action: PublicationAction, key: Key, in context: inout PanelContext) -> [Effect] {
        let entry = selected
        switch action {
        case .move: selection.move(key, count: PublicationEntry.all.count, page: 3)
        case .write:
            guard !context.refusesChange() else { return [] }
            let text = entry.text(in: context.dialogue)
            mode = .writing(entry, Self.editor(for: entry, text: text, original: text))
        case .draft:
            guard !context.refusesChange() else { return [] }
            if entry.text(in: context.dialogue).contains(where: { !$0.isWhitespace }) {
                mode = .confirmingDraft(entry)
            } else {
                openDraft(of: entry, in: context)
            }
        case .confirm:
            guard case .confirmingDraft(let asked) = mode else { return [] }
            openDraft(of: asked, in: context)
        case .decline, .cancel: mode = .browsing
        case .markPublished:
            guard !context.refusesChange() else { return [] }
            // Asked of the domain before the date is typed: a moment without any text is refused in its words.
            var trial = context.dialogue
            do {
                try trial.markPublished(entry.moment, on: context.today, by: context.actor, at: context.now)
            } catch {
                context.fail(error.description)
                return []
            }
            let published = context.dialogue.publication(entry.moment)?.publishedOn
            let prompt = DatePrompt(
                label: UIStrings.swedish.publicationDatePrompt, date: published ?? context.today, allowsEmpty: false)
            mode = .dating(entry, prompt)
        case .saveDate:
            guard case .dating(let dated, let prompt) = mode else { return [] }
            guard case .success(let date?) = prompt.date else {
                context.fail(UIStrings.swedish.invalidDate)
                return []
            }
            mode = .browsing
            let actor = context.actor
            return context.attempt { dialogue, now throws(DialogueError) in
                try dialogue.markPublished(dated.moment, on: date, by: actor, at: now)
            }
        case .editor(let editorAction): return write(editorAction, key: key, in: &context)
        }
        return []
    }

    mutating func typed(_ key: Key, in context: inout PanelContext) -> [Effect]? {
        switch mode {
        case .writing(let entry, var editor):
            editor.type(key)
            mode = .writing(entry, editor)
            return []
        case .dating(let entry, var prompt):
            _ = prompt.editor.handle(key)
            mode = .dating(entry, prompt)
            return []
        case .confirmingDraft: return []
        case .browsing: return nil
        }
    }

    /// The editor for an entry's text, holding `text` (the stored one or a draft) for the stored `original`.
    private static func editor(for entry: PublicationEntry, text: String, original: String) -> LongTextEditor {
        LongTextEditor(
            title: UIStrings.swedish.publicationEditorTitle(entry.moment, question: entry.question), text: text,
            original: original)
    }

    /// Opens the editor on a draft made from the data (made here, on the key, never per frame).
    private mutating func openDraft(of entry: PublicationEntry, in context: PanelContext) {
        let draft = context.dialogue.publicationDraft(
            entry.moment, question: entry.question, calendar: context.calendar)
        mode = .writing(entry, Self.editor(for: entry, text: draft, original: entry.text(in: context.dialogue)))
    }

    /// A key of the text editor: Ctrl-S saves the text where the dialogue keeps it; a refused save keeps the
    /// editor open, so what was written is never lost.
    private mutating func write(_ action: LongTextEditor.Action, key: Key, in context: inout PanelContext)
        -> [Effect]
    {
        guard case .writing(let entry, var editor) = mode else { return [] }
        switch editor.perform(action, key: key, in: context.area) {
        case .writing: mode = .writing(entry, editor)
        case .close: mode = .browsing
        case .save(let text):
            mode = .writing(entry, editor)
            let stored = entry.text(in: context.dialogue)
            guard text != stored else {
                mode = .browsing
                return []
            }
            guard editor.maySave(over: stored) else {
                mode = .writing(entry, editor)
                context.fail(UIStrings.swedish.editorChangedUnder)
                return []
            }
            let actor = context.actor
            let effects = context.attempt { dialogue, now throws(DialogueError) in
                try dialogue.setPublicationText(entry.moment, question: entry.question, text: text, by: actor, at: now)
            }
            if !effects.isEmpty { mode = .browsing }
            return effects
        }
        return []
    }
}

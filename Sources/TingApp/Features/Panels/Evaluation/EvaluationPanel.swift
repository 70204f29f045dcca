import DialogueKit
import TerminalKit

extension PanelID {
    /// The Analys panel of Utvärdering.
    public static let evaluation = PanelID("evaluation")
}

/// The Analys panel: the analysis questions of the checklist beside the evidence Ting holds, the
/// representation check, Helsingborg's four marks and a note per method used. Answering a question here is
/// the checklist's own edit (`Dialogue.apply`).
struct EvaluationPanel: Panel {
    /// What the panel is doing besides browsing.
    enum Mode: Sendable {
        case browsing
        /// Typing the answer of a question (its checklist item id) or the note of a method (its id).
        case editing(Target, TextEditor)
    }

    /// What a text typed here is saved to.
    enum Target: Equatable, Sendable {
        case answer(itemID: String)
        case methodNote(method: String)
    }

    /// What the panel's keys ask for.
    enum Action: Sendable {
        case move, answer, tick
        case save, cancel, moveCursor
    }

    static let id = PanelID.evaluation
    static var title: String { UIStrings.swedish.panelEvaluation }

    /// The width of the box an answer is typed in, at most.
    static let editorBoxWidth = 76

    /// Position among the selectable entries.
    var selected = 0
    var mode: Mode = .browsing
    /// The content made at the last change; stale (and made again) when the dialogue changed elsewhere.
    private(set) var content: EvaluationContent?

    var isBrowsing: Bool { if case .browsing = mode { true } else { false } }

    /// The content for `dialogue`: the one kept while it is current, else made now (from the kept one's
    /// evidence when only the checklist changed).
    func currentContent(for dialogue: Dialogue) -> EvaluationContent {
        if let content, content.isCurrent(for: dialogue) { return content }
        return EvaluationContent(dialogue, reusing: content)
    }

    /// The width of the text field in the editor box on a screen.
    static func editorWidth(on size: Size) -> Int {
        max(1, min(editorBoxWidth, size.width - 2) - 4)
    }

    func keyMap(in context: PanelContext) -> KeyMap<Action> {
        let s = UIStrings.swedish
        switch mode {
        case .browsing:
            return CommonBindings.move(.move)
                + KeyMap([
                    (KeyBinding([.enter], "Enter", s.keyAnswer), .answer),
                    (KeyBinding([.character(" ")], "Space", s.keyTickStep), .tick),
                ])
        case .editing:
            return CommonBindings.typing(save: .save, cancel: .cancel)
                + KeyMap([(KeyBinding([.left, .right, .up, .down], "←→↑↓", s.keyMove), .moveCursor)])
        }
    }

    mutating func perform(_ action: Action, key: Key, in context: inout PanelContext) -> [Effect] {
        let content = currentContent(for: context.dialogue)
        self.content = content
        switch action {
        case .move:
            selected = ListSelection.moved(selected, by: key, count: content.selectable.count, page: 5) ?? selected
        case .answer: startEditing(content, in: &context)
        case .tick: return tick(content, in: &context)
        case .cancel: mode = .browsing
        case .moveCursor:
            guard case .editing(let target, var editor) = mode else { return [] }
            if key == .up || key == .down {
                editor.moveVertically(key == .up ? -1 : 1, width: Self.editorWidth(on: context.screen))
            } else {
                _ = editor.handle(key)
            }
            mode = .editing(target, editor)
        case .save:
            guard case .editing(let target, let editor) = mode else { return [] }
            mode = .browsing
            let actor = context.actor
            let effects = context.attempt { dialogue, now throws(DialogueError) in
                switch target {
                case .answer(let itemID): try dialogue.apply(.response(editor.text), to: itemID, by: actor, at: now)
                case .methodNote(let method):
                    try dialogue.setMethodNote(method: method, howItWorked: editor.text, by: actor, at: now)
                }
            }
            dialogueChanged(context.dialogue)
            return effects
        }
        return []
    }

    mutating func typed(_ key: Key, in context: inout PanelContext) -> [Effect]? {
        guard case .editing(let target, var editor) = mode else { return nil }
        _ = editor.handle(key)
        mode = .editing(target, editor)
        return []
    }

    mutating func dialogueChanged(_ dialogue: Dialogue) {
        let content = currentContent(for: dialogue)
        self.content = content
        selected = min(selected, max(0, content.selectable.count - 1))
    }

    /// The selected entry, if any.
    func selectedEntry(in content: EvaluationContent) -> EvaluationEntry? {
        content.selectable.indices.contains(selected) ? content.entries[content.selectable[selected]] : nil
    }

    /// Enter: types the selected question's answer or the selected method's note.
    private mutating func startEditing(_ content: EvaluationContent, in context: inout PanelContext) {
        switch selectedEntry(in: content) {
        case .question(let index):
            let item = content.questions[index].item
            guard item.kind == .question else {
                if item.kind == .check { context.status = StatusLine(UIStrings.swedish.analysisTickWithSpace) }
                return
            }
            guard !context.refusesChange() else { return }
            mode = .editing(.answer(itemID: item.id), TextEditor(text: item.response ?? ""))
        case .method(let index?):
            guard !context.refusesChange() else { return }
            let method = content.methods[index]
            mode = .editing(.methodNote(method: method.id), TextEditor(text: method.howItWorked))
        default:
            context.status = StatusLine(UIStrings.swedish.analysisNotInChecklist)
        }
    }

    /// Space: ticks (or unticks) the selected check item or the selected mark's checklist item.
    private mutating func tick(_ content: EvaluationContent, in context: inout PanelContext) -> [Effect] {
        let item: (id: String, done: Bool)?
        switch selectedEntry(in: content) {
        case .question(let index) where content.questions[index].item.kind == .check:
            let question = content.questions[index].item
            item = (question.id, question.done == true)
        case .mark(let index):
            item = content.marks[index].ticked.map { (content.marks[index].mark.id, $0) }
        default: item = nil
        }
        guard let item else {
            context.status = StatusLine(UIStrings.swedish.analysisNotInChecklist)
            return []
        }
        let actor = context.actor
        let effects = context.attempt { dialogue, now throws(DialogueError) in
            try dialogue.apply(.done(!item.done), to: item.id, by: actor, at: now)
        }
        dialogueChanged(context.dialogue)
        return effects
    }
}

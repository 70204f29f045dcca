import DialogueKit
import TerminalKit

extension PanelID {
    /// The Enkät panel of Utvärdering.
    public static let survey = PanelID("survey")
}

/// The Enkät panel: the participants' questionnaire, one statement a row and one answer option a column;
/// counts from paper forms are typed (Enter) or tallied one by one (+ / -), and shown with their shares.
struct SurveyPanel: Panel {
    /// What the panel is doing besides browsing the table.
    enum Mode: Sendable {
        case browsing
        /// Choosing a new statement among the standard ones not yet asked, and "write your own" last.
        case choosing(selected: Int)
        /// Typing a statement of one's own.
        case typingStatement(TextEditor)
        /// Typing the count of the selected cell.
        case typingCount(TextEditor)
        /// Asking whether to remove the selected statement.
        case confirmingDelete
    }

    /// What the panel's keys ask for.
    enum Action: Sendable {
        case move, option, enterCount, step, add, delete
        case moveChoice, choose, save, cancel, confirmDelete
    }

    static let id = PanelID.survey
    static var title: String { UIStrings.swedish.panelSurvey }

    /// The selected statement.
    var selected = 0
    /// The selected answer option.
    var option = 0
    var mode: Mode = .browsing

    var isBrowsing: Bool { if case .browsing = mode { true } else { false } }

    /// The survey's statements, none while there is no survey.
    static func statements(_ dialogue: Dialogue) -> [SurveyStatement] {
        dialogue.followUp.evaluation.participantSurvey?.statements ?? []
    }

    /// The answer options: the survey's, else the standard scale a new survey starts with.
    static func options(_ dialogue: Dialogue) -> [SurveyOption] {
        dialogue.followUp.evaluation.participantSurvey?.options ?? SurveyOption.standard
    }

    /// The standard statements not yet in the survey, to choose from.
    static func offered(_ dialogue: Dialogue) -> [String] {
        let asked = Set(statements(dialogue).map(\.text))
        return ParticipantSurvey.standardStatements.filter { !asked.contains($0) }
    }

    func keyMap(in context: PanelContext) -> KeyMap<Action> {
        let s = UIStrings.swedish
        switch mode {
        case .browsing:
            return CommonBindings.move(.move)
                + KeyMap([
                    (KeyBinding([.left, .right], "←→", s.keyOption), .option),
                    (KeyBinding([.enter], "Enter", s.keyEnterCount), .enterCount),
                    (KeyBinding([.character("+"), .character("-")], "+/-", s.keyCountStep), .step),
                    (KeyBinding("a", s.keyAddStatement), .add),
                    (CommonBindings.delete, .delete),
                ])
        case .choosing:
            return KeyMap([
                (ListSelection.moveBinding(s.keyMove), .moveChoice),
                (KeyBinding([.enter], "Enter", s.keyChoose), .choose),
                (CommonBindings.cancel, .cancel), (CommonBindings.closeByQ.labelled(s.keyCancel), .cancel),
            ])
        case .typingStatement, .typingCount:
            return CommonBindings.typing(save: .save, cancel: .cancel)
        case .confirmingDelete:
            return CommonBindings.confirmation(s.keyDelete, yes: .confirmDelete, no: .cancel)
        }
    }

    mutating func perform(_ action: Action, key: Key, in context: inout PanelContext) -> [Effect] {
        let statements = Self.statements(context.dialogue)
        let options = Self.options(context.dialogue)
        switch action {
        case .move: selected = ListSelection.moved(selected, by: key, count: statements.count, page: 5) ?? selected
        case .option: option = min(max(0, option + (key == .left ? -1 : 1)), max(0, options.count - 1))
        case .enterCount:
            guard statements.indices.contains(selected), options.indices.contains(option), !context.refusesChange()
            else { return [] }
            let count = statements[selected].counts[options[option].id]
            mode = .typingCount(TextEditor(text: count.map(String.init) ?? ""))
        case .step:
            guard statements.indices.contains(selected), options.indices.contains(option) else { return [] }
            let current = statements[selected].count(of: options[option].id)
            return setCount(max(0, current + (key == .character("-") ? -1 : 1)), in: &context)
        case .add:
            guard !context.refusesChange() else { return [] }
            mode = .choosing(selected: 0)
        case .delete:
            guard statements.indices.contains(selected), !context.refusesChange() else { return [] }
            mode = .confirmingDelete
        case .moveChoice:
            guard case .choosing(let choice) = mode else { return [] }
            let count = Self.offered(context.dialogue).count + 1
            mode = .choosing(selected: ListSelection.moved(choice, by: key, count: count, page: 1) ?? choice)
        case .choose:
            guard case .choosing(let choice) = mode else { return [] }
            let offered = Self.offered(context.dialogue)
            guard offered.indices.contains(choice) else {
                mode = .typingStatement(TextEditor())
                return []
            }
            mode = .browsing
            return addStatement(offered[choice], in: &context)
        case .save:
            switch mode {
            case .typingStatement(let editor):
                mode = .browsing
                return addStatement(editor.text, in: &context)
            case .typingCount(let editor):
                let text = editor.text.trimmingCharacters(in: .whitespaces)
                guard let count = text.isEmpty ? 0 : Int(text), count >= 0 else {
                    context.fail(UIStrings.swedish.surveyCountNotNumber)
                    return []
                }
                mode = .browsing
                return setCount(count, in: &context)
            default: return []
            }
        case .cancel: mode = .browsing
        case .confirmDelete:
            mode = .browsing
            guard statements.indices.contains(selected) else { return [] }
            let id = statements[selected].id
            let actor = context.actor
            let effects = context.attempt { dialogue, now throws(DialogueError) in
                try dialogue.removeSurveyStatement(id: id, by: actor, at: now)
            }
            dialogueChanged(context.dialogue)
            return effects
        }
        return []
    }

    mutating func typed(_ key: Key, in context: inout PanelContext) -> [Effect]? {
        switch mode {
        case .typingStatement(var editor):
            _ = editor.handle(key)
            mode = .typingStatement(editor)
        case .typingCount(var editor):
            // Only digits go into a count.
            if case .character(let c) = key, !c.isASCII || !c.isNumber { return [] }
            _ = editor.handle(key)
            mode = .typingCount(editor)
        default: return nil
        }
        return []
    }

    mutating func dialogueChanged(_ dialogue: Dialogue) {
        selected = min(selected, max(0, Self.statements(dialogue).count - 1))
        option = min(option, max(0, Self.options(dialogue).count - 1))
    }

    /// Adds a statement and selects it.
    private mutating func addStatement(_ text: String, in context: inout PanelContext) -> [Effect] {
        let actor = context.actor
        var id: String?
        let effects = context.attempt { dialogue, now throws(DialogueError) in
            id = try dialogue.addSurveyStatement(text: text, by: actor, at: now)
        }
        if let id, let row = Self.statements(context.dialogue).firstIndex(where: { $0.id == id }) { selected = row }
        return effects
    }

    /// Sets the selected cell's count.
    private func setCount(_ count: Int, in context: inout PanelContext) -> [Effect] {
        let statements = Self.statements(context.dialogue)
        let options = Self.options(context.dialogue)
        guard statements.indices.contains(selected), options.indices.contains(option) else { return [] }
        let (statement, option, actor) = (statements[selected].id, options[option].id, context.actor)
        guard statements[selected].count(of: option) != count else { return [] }
        return context.attempt { dialogue, now throws(DialogueError) in
            try dialogue.setSurveyCount(statement: statement, option: option, count: count, by: actor, at: now)
        }
    }
}

import DialogueKit
import TerminalKit

extension PanelID {
    /// The Personer panel of Planering.
    public static let people = PanelID("people")
}

/// The Personer panel: the responsibility fields on top, the list of people below.
struct PeoplePanel: Panel {
    /// What the panel's keys ask for: the responsibility fields' own, or the list's.
    enum Action: Sendable {
        case moveField, changeField, add, saveField, cancelField
        case list(RecordListAction)
    }

    static let id = PanelID.people
    static var title: String { UIStrings.swedish.panelPeople }

    /// The responsibility field selected; nil when the selection is in the list of people.
    var responsibilityRow: ResponsibilityField? = .questionOwner
    /// The text field of the selected responsibility field, while it is being typed.
    var responsibilityEditor: TextEditor?
    var people = RecordListState<Person>()

    var isBrowsing: Bool { responsibilityEditor == nil && !people.isBusy }

    func keyMap(in context: PanelContext) -> KeyMap<Action> {
        guard responsibilityRow != nil else { return people.keyMap().map(Action.list) }
        if responsibilityEditor != nil { return CommonBindings.typing(save: .saveField, cancel: .cancelField) }
        return CommonBindings.move(.moveField)
            + KeyMap([
                (CommonBindings.enter, .changeField), (CommonBindings.space.helpOnly, .changeField),
                (CommonBindings.add, .add),
            ])
    }

    mutating func perform(_ action: Action, key: Key, in context: inout PanelContext) -> [Effect] {
        switch action {
        case .list(.move) where !people.isBusy && people.selected == 0 && [Key.up, .character("k")].contains(key):
            responsibilityRow = ResponsibilityField.allCases.last
        case .list(let action): return people.perform(action, key: key, in: &context)
        case .moveField: moveField(key, in: context.dialogue)
        case .changeField:
            guard let field = responsibilityRow, !context.refusesChange() else { return [] }
            var responsibility = context.dialogue.planning.responsibility
            guard field.isChoice else {
                responsibilityEditor = TextEditor(text: field.text(of: responsibility))
                return []
            }
            field.cycle(&responsibility)
            return context.change { dialogue, now in
                dialogue.setResponsibility(responsibility, at: now)
                return true
            }
        case .add:
            guard !context.refusesChange() else { return [] }
            responsibilityRow = nil
            people.form = RecordForm()
        case .cancelField: responsibilityEditor = nil
        case .saveField:
            guard let field = responsibilityRow, let editor = responsibilityEditor else { return [] }
            responsibilityEditor = nil
            var responsibility = context.dialogue.planning.responsibility
            _ = field.set(editor.text.trimmingCharacters(in: .whitespacesAndNewlines), in: &responsibility)
            context.dialogue.setResponsibility(responsibility, at: context.now)
            return context.save()
        }
        return []
    }

    /// ↑↓ among the responsibility fields; down from the last goes into the list, when it has people.
    /// Home, End and the page keys stay on the fields' ends.
    private mutating func moveField(_ key: Key, in dialogue: Dialogue) {
        guard let field = responsibilityRow else { return }
        let fields = ResponsibilityField.allCases
        let next =
            ListSelection.moved(field.rawValue, by: key, count: fields.count, page: fields.count) ?? field.rawValue
        if [Key.down, .character("j")].contains(key), next == field.rawValue, !dialogue.planning.people.isEmpty {
            responsibilityRow = nil
            people.selected = 0
            return
        }
        responsibilityRow = fields[next]
    }

    mutating func typed(_ key: Key, in context: inout PanelContext) -> [Effect]? {
        if responsibilityEditor != nil {
            _ = responsibilityEditor?.handle(key)
            return []
        }
        return responsibilityRow == nil ? people.typed(key) : nil
    }

    mutating func dialogueChanged(_ dialogue: Dialogue) {
        people.selection.clamp(count: dialogue.planning.people.count)
    }
}

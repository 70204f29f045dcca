import DialogueKit
import TerminalKit

extension AppState {
    /// Keys in the Personer panel: the responsibility fields, then the list of people.
    mutating func handlePeopleKey(_ key: Key, in d: inout DialogueScreenState) -> [Effect]? {
        var panel = d.people
        let effects = handlePeopleKey(key, panel: &panel, in: &d)
        d.people = panel
        if let person = d.personFilter, d.dialogue.person(id: person) == nil { d.personFilter = nil }
        return effects
    }

    private mutating func handlePeopleKey(_ key: Key, panel: inout PeoplePanelState, in d: inout DialogueScreenState)
        -> [Effect]?
    {
        guard let field = panel.responsibilityRow else {
            if !panel.people.isBusy, panel.people.selected == 0, key == .up || key == .character("k") {
                panel.responsibilityRow = ResponsibilityField.allCases.last
                return []
            }
            return handleRecordListKey(key, list: &panel.people, in: &d)
        }
        if var editor = panel.responsibilityEditor {
            switch key {
            case .escape: panel.responsibilityEditor = nil
            case .enter:
                panel.responsibilityEditor = nil
                var responsibility = d.dialogue.planning.responsibility
                _ = field.set(editor.text.trimmingCharacters(in: .whitespacesAndNewlines), in: &responsibility)
                d.dialogue.setResponsibility(responsibility, at: now)
                return [.save(d.dialogue, stem: d.stem)]
            default:
                _ = editor.handle(key)
                panel.responsibilityEditor = editor
            }
            return []
        }
        let fields = ResponsibilityField.allCases
        switch key {
        case .up, .character("k"): panel.responsibilityRow = fields[max(0, field.rawValue - 1)]
        case .down, .character("j"):
            if fields.indices.contains(field.rawValue + 1) {
                panel.responsibilityRow = fields[field.rawValue + 1]
            } else if !d.dialogue.planning.people.isEmpty {
                panel.responsibilityRow = nil
                panel.people.selected = 0
            }
        case .enter, .character(" "):
            guard !refusesChange(to: d) else { return [] }
            var responsibility = d.dialogue.planning.responsibility
            guard field.isChoice else {
                panel.responsibilityEditor = TextEditor(text: field.text(of: responsibility))
                return []
            }
            field.cycle(&responsibility)
            d.dialogue.setResponsibility(responsibility, at: now)
            return [.save(d.dialogue, stem: d.stem)]
        case .character("a"):
            guard !refusesChange(to: d) else { return [] }
            panel.responsibilityRow = nil
            panel.people.form = RecordForm()
        default: return nil
        }
        return []
    }
}

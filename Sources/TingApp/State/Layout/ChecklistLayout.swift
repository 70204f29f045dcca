import DialogueKit
import TerminalKit

/// How checklist items are laid out in the checklist area: each item takes its
/// wrapped text plus, for answers, its answer lines. Shared by view and update.
struct ChecklistLayout {
    /// Columns before the item text: the marker such as `[x]` or `[nej]`.
    static let markerWidth = 7
    /// Answer lines start with this, under the text.
    static let answerPrefix = "↳ "
    /// Lines of a long answer shown for an item that is not being edited.
    static let collapsedAnswerLines = 3

    let rect: Rect
    /// The item being edited and its editor, whose text replaces the stored answer.
    let editing: (id: String, editor: TextEditor)?
    /// The dialogue's roles, whose names are shown beside the items that refer to them.
    let roles: [TemplateRole]
    /// The dialogue's people, whose names are shown beside the items assigned to them.
    let people: [Person]

    var textWidth: Int { max(1, rect.width - ChecklistLayout.markerWidth - 1) }
    var answerWidth: Int { max(1, rect.width - ChecklistLayout.markerWidth - 2 - 1) }

    /// The item's text as shown: the handbook's words plus its role's name (or id, if the
    /// dialogue lacks that role) and its assignee's name after an arrow, where set.
    func label(of item: ChecklistItem) -> String {
        let assignee = item.assignee.map { id in " → \(people.first { $0.id == id }?.name ?? id)" } ?? ""
        guard let role = item.role else { return item.text + assignee }
        return "\(item.text) (\(roles.first { $0.id == role }?.name ?? role))" + assignee
    }

    /// The wrapped text lines of an item.
    func textLines(of item: ChecklistItem) -> [String] {
        TextWrap.wrap(label(of: item), width: textWidth)
    }

    /// The answer lines of an item, or nil for kinds without a written answer.
    func answerLines(of item: ChecklistItem, levels: [InfluenceLevel]) -> [String]? {
        if let editing, editing.id == item.id { return editing.editor.layout(width: answerWidth).lines }
        let text: String?
        switch item.kind {
        case .check, .gate: return nil
        case .question: text = item.response
        case .date: text = item.date?.description
        case .level:
            let level = levels.first { $0.id == item.response }
            text =
                level.map { level in
                    [level.name, level.promise ?? level.residentsGet].compactMap { $0 }.joined(separator: " – ")
                } ?? item.response
        }
        guard let text, !text.isEmpty else { return [""] }
        let lines = TextWrap.wrap(text, width: answerWidth)
        guard lines.count > ChecklistLayout.collapsedAnswerLines else { return lines }
        var shown = Array(lines.prefix(ChecklistLayout.collapsedAnswerLines))
        shown[shown.count - 1] = TextWrap.truncate(shown[shown.count - 1] + " …", width: answerWidth)
        return shown
    }

    /// Rows an item takes.
    func height(of item: ChecklistItem, levels: [InfluenceLevel]) -> Int {
        textLines(of: item).count + (answerLines(of: item, levels: levels)?.count ?? 0)
    }

    /// The first item to show so that the selected one is in view, scrolling as little as possible.
    func scroll(items: [ChecklistItem], levels: [InfluenceLevel], selected: Int, previous: Int) -> Int {
        guard !items.isEmpty else { return 0 }
        let selected = min(max(0, selected), items.count - 1)
        var first = min(max(0, previous), selected)
        func rows(_ range: ClosedRange<Int>) -> Int {
            range.reduce(0) { $0 + height(of: items[$1], levels: levels) }
        }
        while first < selected && rows(first...selected) > rect.height { first += 1 }
        return first
    }
}

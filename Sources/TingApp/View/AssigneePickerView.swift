import DialogueKit
import TerminalKit

/// Choosing whom a checklist item is assigned to: the dialogue's people, then "ingen".
enum AssigneePickerView {
    static func render(item: ChecklistItem?, people: [Person], selected: Int, into buffer: inout ScreenBuffer) {
        let s = UIStrings.swedish
        let inner = FormBox.open(
            title: s.chooseAssigneeTitle, width: 60, height: people.count + 7, on: buffer.size, into: &buffer)
        guard !inner.isEmpty else { return }
        if let item {
            buffer.write(
                TextWrap.truncate(item.text, width: inner.width), at: Point(x: inner.x, y: inner.y),
                style: Style(.muted))
        }
        let rows =
            people.map { "\($0.name) (\($0.role.swedishName))" } + [s.nobody]
        let list = Rect(x: inner.x, y: inner.y + 2, width: inner.width, height: max(0, inner.height - 2))
        Picker.render(rows, selected: selected, in: list, into: &buffer)
        if people.isEmpty, list.height >= 3 {
            buffer.writeWrapped(
                s.noPeopleYet, in: Rect(x: list.x, y: list.y + 2, width: list.width, height: list.height - 2),
                style: Style(.muted))
        }
    }
}

import DialogueKit
import TerminalKit

extension PeoplePanel {
    /// Who owns the question, who is responsible, how it is facilitated; then the people. Returns where the
    /// cursor goes while a field is being typed.
    func render(_ context: PanelContext, in area: Rect, into buffer: inout ScreenBuffer) -> Point? {
        let s = UIStrings.swedish
        let panel = self
        let people = context.dialogue.planning.people
        let inner = area.inset(left: 1, right: 1)
        guard !inner.isEmpty else { return nil }
        let fields = ResponsibilityField.allCases
        // On a short terminal with the selection in the list, the list alone.
        let showsResponsibility = panel.responsibilityRow != nil || inner.height >= fields.count + 2 + 4
        var cursor: Point?
        var listRect = inner
        if showsResponsibility {
            cursor = renderResponsibility(context.dialogue, in: inner, into: &buffer)
            listRect = inner.splitTop(fields.count + 2).rest
        }
        RecordTable.render(
            people, title: s.peopleTitle, empty: s.noPeople,
            selection: panel.responsibilityRow == nil ? panel.people.selection : nil, in: listRect, into: &buffer)
        return RecordFormView.renderOverlay(panel.people, records: people, into: &buffer) ?? cursor
    }

    /// The title and the three responsibility fields, one row each; returns the cursor while one is typed.
    private func renderResponsibility(_ dialogue: Dialogue, in rect: Rect, into buffer: inout ScreenBuffer) -> Point? {
        let s = UIStrings.swedish
        let panel = self
        buffer.write(
            "\(panel.responsibilityRow == nil ? "  " : ListView.focusMarker)\(s.responsibilityTitle)",
            at: Point(x: rect.x, y: rect.y), style: Style(.header, bold: true), clip: rect)
        let fields = ResponsibilityField.allCases
        let labelWidth = (fields.map { DisplayWidth.of($0.label) }.max() ?? 0) + 4
        var cursor: Point?
        for field in fields {
            let y = rect.y + 1 + field.rawValue
            guard y < rect.maxY else { break }
            let row = Rect(x: rect.x, y: y, width: rect.width, height: 1)
            let isSelected = field == panel.responsibilityRow
            let style = Style(isSelected ? .selection : .normal)
            if isSelected { buffer.fill(row, style: style) }
            buffer.write(
                (isSelected ? "> " : "  ") + field.label + ":", at: Point(x: row.x, y: y), style: style, clip: row)
            let value = Rect(x: row.x + labelWidth, y: y, width: max(0, row.width - labelWidth), height: 1)
            if isSelected, let editor = panel.responsibilityEditor {
                cursor = FormBox.field(editor, in: value, into: &buffer)
                continue
            }
            let text = field.text(of: dialogue.planning.responsibility)
            let shown = field.isChoice ? "‹ \(text.isEmpty ? "–" : text) ›" : (text.isEmpty ? "–" : text)
            buffer.write(
                TextWrap.truncate(shown, width: value.width), at: Point(x: value.x, y: y), style: style, clip: value)
        }
        return cursor
    }
}

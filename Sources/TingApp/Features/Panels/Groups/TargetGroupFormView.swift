import DialogueKit
import TerminalKit

/// The form of one target group: name, description, hard to reach, barriers, channels, measures
/// and planned participants; choices are ticked `[x]`, scrolled so the selected row shows.
enum TargetGroupFormView {
    static func render(_ form: TargetGroupForm, group: TargetGroup, into buffer: inout ScreenBuffer) -> Point? {
        let s = UIStrings.swedish
        let rows = TargetGroupForm.rows(for: group)
        let inner = FormBox.open(
            title: "\(s.groupFormTitle): \(group.name) · \(s.priority) \(group.priority)", width: 76,
            height: rows.count + 2, on: buffer.size, into: &buffer)
        guard !inner.isEmpty else { return nil }
        let labels = [s.groupName, s.groupDescription, s.groupParticipants, s.groupBarriers, s.groupChannels]
        let labelWidth = min(inner.width / 3, (labels.map { DisplayWidth.of($0) }.max() ?? 0) + 4)
        let first = max(0, min(form.row - inner.height / 2, rows.count - inner.height))
        var cursor: Point?
        for (offset, row) in rows.enumerated().dropFirst(first).prefix(inner.height) {
            let y = inner.y + offset - first
            let selected = offset == form.row
            let previous = offset > 0 ? rows[offset - 1] : nil
            if let label = label(of: row, after: previous) {
                // Cut with "…" one column short of the value, so a gap always parts the two.
                buffer.write(
                    TextWrap.truncate((selected ? "> " : "  ") + label, width: labelWidth - 1),
                    at: Point(x: inner.x, y: y), style: Style(selected ? .selection : .header, bold: true),
                    clip: Rect(x: inner.x, y: y, width: labelWidth, height: 1))
            } else if selected {
                buffer.write("> ", at: Point(x: inner.x, y: y), style: Style(.selection, bold: true))
            }
            let valueRect = Rect(x: inner.x + labelWidth, y: y, width: inner.width - labelWidth, height: 1)
            if selected, let editor = form.editor {
                cursor = FormBox.field(editor, in: valueRect, into: &buffer)
            } else {
                buffer.write(
                    TextWrap.truncate(value(of: row, in: group), width: valueRect.width),
                    at: Point(x: valueRect.x, y: y),
                    style: Style(selected ? .selection : .overlay), clip: valueRect)
            }
        }
        return cursor
    }

    /// The label shown left of a row: on the first row of each field only.
    private static func label(of row: TargetGroupForm.Row, after previous: TargetGroupForm.Row?) -> String? {
        let s = UIStrings.swedish
        switch row {
        case .name: return s.groupName
        case .description: return s.groupDescription
        case .hardToReach: return s.hardToReach.prefix(1).uppercased() + s.hardToReach.dropFirst()
        case .participants: return s.groupParticipants
        case .option(let field, _), .add(let field):
            switch previous {
            case .option(let earlier, _) where earlier == field: return nil
            default: return s.label(of: field)
            }
        }
    }

    /// What a row shows: the text, a ticked or empty box, or the prompt to type a new entry.
    private static func value(of row: TargetGroupForm.Row, in group: TargetGroup) -> String {
        let s = UIStrings.swedish
        switch row {
        case .name: return group.name
        case .description: return group.description.isEmpty ? "–" : group.description
        case .hardToReach: return group.hardToReach ? "[x] \(s.yes)" : "[ ] \(s.no)"
        case .participants: return group.plannedParticipants.map(String.init) ?? "–"
        case .option(let field, let option):
            return (group[keyPath: field.keyPath].contains(option) ? "[x] " : "[ ] ") + option
        case .add(let field): return field == .measures ? s.groupAddMeasure : s.groupAddOther
        }
    }
}

import DialogueKit
import TerminalKit

/// The checklist of the shown phase: markers such as `[x]`, `[ ]`, `[ja]`, `[nej]`,
/// the handbook's text, and answers beneath. Only visible items are laid out.
enum ChecklistView {
    /// Draws the items from the scroll position down; returns the cursor while editing.
    static func render(_ d: DialogueScreenState, layout: ChecklistLayout, into buffer: inout ScreenBuffer) -> Point? {
        let s = UIStrings.swedish
        let rect = layout.rect
        let items = d.visibleItems
        guard !rect.isEmpty else { return nil }
        if items.isEmpty {
            let text: String
            if !d.filter.isEmpty {
                text = s.noMatches
            } else if let person = d.personFilter {
                text = "\(d.personName(person)) \(s.noOpenItemsForPerson)"
            } else if let role = d.roleFilter {
                text = "\(s.noStepsForRole) \(d.dialogue.role(id: role)?.name ?? role)."
            } else {
                text = s.emptyPhase
            }
            buffer.write(text, at: Point(x: rect.x + 2, y: rect.y), style: Style(.muted), clip: rect)
            return nil
        }
        var cursor: Point?
        var y = rect.y
        let selectedIndex = d.selectedItem[d.phaseIndex]
        for index in d.scroll[d.phaseIndex]..<items.count where y < rect.maxY {
            let item = items[index]
            let selected = index == selectedIndex
            let textStyle = Style(selected ? .selection : .normal)
            let textLines = layout.textLines(of: item)
            for (i, line) in textLines.enumerated() where y < rect.maxY {
                let row = Rect(x: rect.x, y: y, width: rect.width, height: 1)
                if selected { buffer.fill(row, style: textStyle) }
                if i == 0 {
                    if selected {
                        buffer.write(ListView.marker, at: Point(x: rect.x, y: y), style: textStyle, clip: row)
                    }
                    let (marker, role) = self.marker(item)
                    buffer.write(
                        marker, at: Point(x: rect.x + 1, y: y),
                        style: Style(selected ? .selection : role, bold: role != .normal), clip: row)
                }
                buffer.write(
                    line, at: Point(x: rect.x + ChecklistLayout.markerWidth, y: y), style: textStyle, clip: row)
                y += 1
            }
            guard let answer = layout.answerLines(of: item, levels: d.dialogue.levels) else { continue }
            let x = rect.x + ChecklistLayout.markerWidth
            let answerX = x + DisplayWidth.of(ChecklistLayout.answerPrefix)
            if let editing = layout.editing, editing.id == item.id {
                buffer.write(ChecklistLayout.answerPrefix, at: Point(x: x, y: y), style: Style(.key), clip: rect)
                let field = Rect(x: answerX, y: y, width: layout.answerWidth, height: rect.maxY - y)
                cursor = FormBox.field(editing.editor, in: field, into: &buffer)
                y += min(answer.count, field.height)
                continue
            }
            for (i, line) in answer.enumerated() where y < rect.maxY {
                if i == 0 {
                    buffer.write(ChecklistLayout.answerPrefix, at: Point(x: x, y: y), style: Style(.muted), clip: rect)
                }
                if line.isEmpty && i == 0 {
                    let placeholder = item.kind == .date ? s.noDate : (selected ? s.noAnswer : "–")
                    buffer.write(placeholder, at: Point(x: answerX, y: y), style: Style(.muted), clip: rect)
                } else {
                    buffer.write(line, at: Point(x: answerX, y: y), style: Style(.field), clip: rect)
                }
                y += 1
            }
        }
        return cursor
    }

    /// The sign before an item, readable without colour, and the role that colours it.
    static func marker(_ item: ChecklistItem) -> (String, StyleRole) {
        switch item.kind {
        case .check: return item.done == true ? ("[x]", .checked) : ("[ ]", .normal)
        case .gate:
            switch item.answer {
            case .yes: return ("[ja]", .success)
            case .no: return ("[nej]", .danger)
            case nil: return ("[--]", .warning)
            }
        case .question, .level: return item.isComplete ? (" ✓", .checked) : (" ?", .warning)
        case .date: return item.isComplete ? (" ✓", .checked) : (" ◷", .warning)
        }
    }
}

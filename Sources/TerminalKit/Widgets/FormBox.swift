import TextSafety

/// A framed box centred on the screen for forms and pickers; gives the inner area.
public enum FormBox {
    /// Clears and frames a box of up to `width`×`height` cells, centred above the status and hint
    /// rows; returns the area inside the frame.
    public static func open(title: String, width: Int, height: Int, on size: Size, into buffer: inout ScreenBuffer)
        -> Rect
    {
        let above = Rect(x: 0, y: 0, width: size.width, height: size.height - 2)
        let box = above.centered(width: min(width, size.width - 2), height: min(height, above.height))
        buffer.fill(box, style: Style(.overlay))
        buffer.drawBox(box, title: title, style: Style(.border))
        return box.inset(top: 1, left: 2, bottom: 1, right: 2)
    }

    /// Draws a text field's wrapped lines in `rect`; returns where the cursor goes.
    public static func field(_ editor: TextEditor, in rect: Rect, into buffer: inout ScreenBuffer) -> Point? {
        guard !rect.isEmpty else { return nil }
        let layout = editor.layout(width: rect.width)
        let first = max(0, layout.cursor.y - rect.height + 1)
        for (i, line) in layout.lines.dropFirst(first).prefix(rect.height).enumerated() {
            buffer.fill(Rect(x: rect.x, y: rect.y + i, width: rect.width, height: 1), style: Style(.field))
            buffer.write(line, at: Point(x: rect.x, y: rect.y + i), style: Style(.field))
        }
        return Point(x: rect.x + layout.cursor.x, y: rect.y + layout.cursor.y - first)
    }

    /// Columns a value needs beside its label; a narrower form puts each value under its label.
    public static let minimumValueWidth = 16

    /// Draws a form's fields two rows apart: each label, with its shown value or, for the selected
    /// field while it is typed, its text field beside it; when the form is too narrow for both side by
    /// side, the value goes on the row under its label (cut with "…"). The fields scroll so the
    /// selected one shows. Returns where the cursor goes.
    public static func rows(
        labels: [String], values: [String], selected: Int, editor: TextEditor?, in inner: Rect,
        into buffer: inout ScreenBuffer
    ) -> Point? {
        // "> " before the label and a gap of two after it.
        let valueX = (labels.map { DisplayWidth.of($0) }.max() ?? 0) + 4
        let stacked = valueX + minimumValueWidth > inner.width
        var cursor: Point?
        var y = inner.y
        // Scrolled so the selected field shows when the box is lower than the form.
        let first = max(0, selected - max(1, inner.height / 2) + 1)
        for (index, label) in labels.enumerated().dropFirst(first) where y < inner.maxY {
            let isSelected = index == selected
            let row = Rect(x: inner.x, y: y, width: inner.width, height: 1)
            let labelWidth = stacked ? row.width : valueX - 1
            buffer.write(
                TextWrap.truncate((isSelected ? "> " : "  ") + label, width: labelWidth), at: Point(x: row.x, y: y),
                style: Style(isSelected ? .selection : .header, bold: true), clip: row)
            let valueRect =
                stacked
                ? Rect(x: row.x + 4, y: y + 1, width: max(1, row.width - 4), height: min(1, inner.maxY - y - 1))
                : Rect(
                    x: row.x + valueX, y: y, width: max(1, row.width - valueX), height: min(2, inner.maxY - y))
            if isSelected, let editor {
                cursor = field(editor, in: valueRect, into: &buffer)
            } else if stacked {
                buffer.write(
                    TextWrap.truncate(SafeText.clean(values[index]), width: valueRect.width),
                    at: Point(x: valueRect.x, y: valueRect.y), style: Style(.overlay), clip: valueRect)
            } else {
                buffer.writeWrapped(values[index], in: valueRect, style: Style(.overlay))
            }
            y += 2
        }
        return cursor
    }
}

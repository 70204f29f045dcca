import TerminalKit

/// A framed box centred on the screen for forms and pickers; gives the inner area.
enum FormBox {
    /// Clears and frames a box of up to `width`×`height` cells, centred above the status and hint
    /// rows; returns the area inside the frame.
    static func open(title: String, width: Int, height: Int, on size: Size, into buffer: inout ScreenBuffer) -> Rect {
        let above = Rect(x: 0, y: 0, width: size.width, height: size.height - 2)
        let box = above.centered(width: min(width, size.width - 2), height: min(height, above.height))
        buffer.fill(box, style: Style(.overlay))
        buffer.drawBox(box, title: title, style: Style(.border))
        return box.inset(top: 1, left: 2, bottom: 1, right: 2)
    }

    /// Draws a text field's wrapped lines in `rect`; returns where the cursor goes.
    static func field(_ editor: TextEditor, in rect: Rect, into buffer: inout ScreenBuffer) -> Point? {
        guard !rect.isEmpty else { return nil }
        let layout = editor.layout(width: rect.width)
        let first = max(0, layout.cursor.y - rect.height + 1)
        for (i, line) in layout.lines.dropFirst(first).prefix(rect.height).enumerated() {
            buffer.fill(Rect(x: rect.x, y: rect.y + i, width: rect.width, height: 1), style: Style(.field))
            buffer.write(line, at: Point(x: rect.x, y: rect.y + i), style: Style(.field))
        }
        return Point(x: rect.x + layout.cursor.x, y: rect.y + layout.cursor.y - first)
    }
}

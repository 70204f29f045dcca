import TerminalKit

/// One row asking for a short text: a label and, after it, the text field being typed (a date, a channel).
enum PromptRow {
    /// Draws `label` and `editor` on `row`; returns where the cursor goes.
    static func render(label: String, editor: TextEditor, on row: Rect, into buffer: inout ScreenBuffer) -> Point? {
        guard !row.isEmpty else { return nil }
        buffer.fill(row)
        let written = buffer.write(label, at: Point(x: row.x, y: row.y), style: Style(.key, bold: true), clip: row)
        let x = row.x + written + 1
        guard x < row.maxX else { return nil }
        return FormBox.field(editor, in: Rect(x: x, y: row.y, width: row.maxX - x, height: 1), into: &buffer)
    }
}

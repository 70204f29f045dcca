import TextSafety

/// A framed box centred over the screen, for the help overlay and confirmation dialogs.
public enum Overlay {
    /// Draws `lines` (word-wrapped) in a frame titled `title`, centred in `screen` and cut to it;
    /// when lines are cut, the last row shows "…". Returns the rectangle the box covers.
    @discardableResult
    public static func render(
        title: String, lines: [String], in screen: Rect, into buffer: inout ScreenBuffer
    ) -> Rect {
        let widest = lines.map { DisplayWidth.of(SafeText.clean($0)) }.max() ?? 0
        // Frame and one column of padding on each side.
        let boxWidth = min(max(widest, DisplayWidth.of(SafeText.clean(title)) + 2) + 4, screen.width)
        let wrapped = lines.flatMap {
            TextWrap.wrap(SafeText.clean($0, keepNewlines: true), width: boxWidth - 4)
        }
        let box = screen.centered(width: boxWidth, height: wrapped.count + 2)
        guard !box.isEmpty else { return box }
        let style = Style(.overlay)
        buffer.fill(box, style: style)
        buffer.drawBox(box, title: title, style: style)
        let content = box.inset(top: 1, left: 2, bottom: 1, right: 2)
        guard !content.isEmpty else { return box }
        var shown = Array(wrapped.prefix(content.height))
        if wrapped.count > content.height { shown[shown.count - 1] = "…" }
        for (row, line) in shown.enumerated() {
            buffer.write(line, at: Point(x: content.x, y: content.y + row), style: style, clip: content)
        }
        return box
    }
}

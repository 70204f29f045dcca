import TerminalKit

/// The text viewer: a framed box with the title above and, when the text is longer than the box,
/// which lines are shown ("1–8 av 20") in the bottom border.
enum TextViewerView {
    static func render(_ viewer: TextViewer, size: Size, into buffer: inout ScreenBuffer) {
        let layout = TextViewerLayout(size: size, viewer: viewer)
        let box = layout.box
        guard box.width >= 5, box.height >= 3 else { return }
        let style = Style(.overlay)
        buffer.fill(box, style: style)
        buffer.drawBox(box, title: viewer.title, style: style)
        let content = box.inset(top: 1, left: 2, bottom: 1, right: 2)
        let first = min(viewer.scroll, layout.maximumScroll)
        for (row, line) in layout.lines.dropFirst(first).prefix(layout.page).enumerated() {
            buffer.write(line, at: Point(x: content.x, y: content.y + row), style: style, clip: content)
        }
        guard layout.lines.count > layout.page else { return }
        let last = min(layout.lines.count, first + layout.page)
        let position = " \(UIStrings.swedish.linesShown(first + 1, last, of: layout.lines.count)) "
        buffer.write(
            position, at: Point(x: box.maxX - 2 - DisplayWidth.of(position), y: box.maxY - 1),
            style: Style(.overlay, bold: true), clip: box.inset(left: 1, right: 1))
    }
}

/// A framed list to pick one entry from, with the selected entry's details below and, when asked, a y/n
/// question over it: the history view and the trash view.
public enum PickListView {
    /// What a pick list shows: one line per entry (nil while reading), the selected entry's detail lines,
    /// and the question while one is asked.
    public struct Content {
        public var title: String
        public var rows: [String]?
        public var loading: String
        public var empty: String
        public var selected: Int
        public var detail: [String]
        public var question: (title: String, lines: [String])?

        public init(
            title: String, rows: [String]?, loading: String, empty: String, selected: Int, detail: [String],
            question: (title: String, lines: [String])?
        ) {
            self.title = title
            self.rows = rows
            self.loading = loading
            self.empty = empty
            self.selected = selected
            self.detail = detail
            self.question = question
        }
    }

    public static func render(_ content: Content, into buffer: inout ScreenBuffer) {
        let inner = FormBox.open(title: content.title, width: 100, height: 30, on: buffer.size, into: &buffer)
        guard !inner.isEmpty else { return }
        guard let rows = content.rows, !rows.isEmpty else {
            buffer.writeWrapped(
                content.rows == nil ? content.loading : content.empty, in: inner, style: Style(.overlay))
            return
        }
        let listHeight = inner.height > 6 ? max(3, min(rows.count, inner.height / 2)) : inner.height
        let (listArea, detailArea) = inner.splitTop(listHeight)
        let scroll = Viewport.offset(
            selected: content.selected, count: rows.count, height: listArea.height, previous: 0)
        for (row, index) in (scroll..<min(rows.count, scroll + listArea.height)).enumerated() {
            let isSelected = index == content.selected
            buffer.write(
                TextWrap.truncate((isSelected ? "> " : "  ") + rows[index], width: listArea.width),
                at: Point(x: listArea.x, y: listArea.y + row),
                style: Style(isSelected ? .selection : .overlay, bold: isSelected))
        }
        if detailArea.height > 1 {
            buffer.drawHLine(y: detailArea.y, x: detailArea.x, width: detailArea.width, style: Style(.border))
            buffer.writeWrapped(
                content.detail.joined(separator: "\n"), in: detailArea.inset(top: 1), style: Style(.overlay))
        }
        if let question = content.question {
            Overlay.render(title: question.title, lines: question.lines, in: Rect(buffer.size), into: &buffer)
        }
    }
}

/// Where each cursor offset of a `TextEditor` lands when its text is wrapped to a width.
struct TextEditorLayout {
    /// The wrapped lines as shown.
    private(set) var lines: [String] = []
    /// The row and column of every cursor offset from 0 through the grapheme count.
    private(set) var positions: [Point]

    init(_ graphemes: [Character], width: Int) {
        let width = max(1, width)
        positions = Array(repeating: Point(x: 0, y: 0), count: graphemes.count + 1)
        for paragraph in TextWrap.paragraphs(graphemes) {
            let ranges = TextWrap.lineRanges(graphemes[paragraph], width: width)
            for (index, range) in ranges.enumerated() {
                let isLast = index == ranges.count - 1
                let row = lines.count
                lines.append(TextWrap.displayLine(graphemes[range], softBreak: !isLast, width: width))
                var column = 0
                // The paragraph's end (its newline, or the end of the text) belongs to its last line.
                for offset in range.lowerBound...(isLast ? range.upperBound : range.upperBound - 1) {
                    positions[offset] = column >= width ? Point(x: 0, y: row + 1) : Point(x: column, y: row)
                    if offset < range.upperBound { column += DisplayWidth.of(graphemes[offset]) }
                }
                if isLast && column >= width { lines.append("") }
            }
        }
    }
}

import TextSafety

/// The row of numbered tabs, e.g. ` 1 Beslut │[2 Planering]│ 3 Genomförande `.
public enum TabBar {
    /// Draws the tabs into the first row of `rect`. The selected tab has the `tabActive` style and
    /// brackets, so it shows without colour too; titles are shortened with "…", or left out
    /// leaving the numbers, when the row is too narrow. A tab's mark (such as "✓") follows its
    /// title and is never cut.
    public static func render(
        titles: [String], marks: [String] = [], selected: Int, in rect: Rect, into buffer: inout ScreenBuffer
    ) {
        guard !rect.isEmpty else { return }
        let row = Rect(x: rect.x, y: rect.y, width: rect.width, height: 1)
        buffer.fill(row, style: Style(.tabInactive))
        var x = row.x
        for (index, label) in labels(titles, marks: marks, width: row.width).enumerated() {
            if index > 0 {
                x += buffer.write("│", at: Point(x: x, y: row.y), style: Style(.border), clip: row)
            }
            let isSelected = index == selected
            let text = isSelected ? "[\(label)]" : " \(label) "
            let style = Style(isSelected ? .tabActive : .tabInactive)
            x += buffer.write(text, at: Point(x: x, y: row.y), style: style, clip: row)
        }
    }

    /// The tab under column `x` of a row `width` wide drawn by `render`, for mouse clicks.
    public static func index(at x: Int, titles: [String], marks: [String] = [], width: Int) -> Int? {
        var start = 0
        for (index, label) in labels(titles, marks: marks, width: width).enumerated() {
            if index > 0 { start += 1 }
            let end = start + DisplayWidth.of(label) + 2
            if x >= start && x < end { return index }
            start = end
        }
        return nil
    }

    /// "N Title mark" for each tab, titles cut to the longest length at which every tab fits;
    /// when none fits, "N mark".
    private static func labels(_ titles: [String], marks: [String], width: Int) -> [String] {
        let titles = titles.map { SafeText.clean($0) }
        let marks = titles.indices.map { marks.indices.contains($0) ? SafeText.clean(marks[$0]) : "" }
        let numbers = zip(titles.indices, marks).map { index, mark in
            mark.isEmpty ? String(index + 1) : "\(index + 1) \(mark)"
        }
        // Each tab has two columns of padding or brackets; tabs are separated by one column.
        let frame = numbers.reduce(max(0, titles.count - 1)) { $0 + DisplayWidth.of($1) + 3 }
        let longest = titles.map { DisplayWidth.of($0) }.max() ?? 0
        for budget in stride(from: longest, through: min(longest, minimumTitle), by: -1) {
            let used = titles.reduce(frame) { $0 + min(DisplayWidth.of($1), budget) }
            if used <= width {
                return titles.indices.map { index in
                    let title = titles[index]
                    guard !title.isEmpty else { return numbers[index] }
                    let cut = "\(index + 1) \(TextWrap.truncate(title, width: budget))"
                    return marks[index].isEmpty ? cut : "\(cut) \(marks[index])"
                }
            }
        }
        return numbers
    }

    /// Titles shorter than this say too little; below it only the numbers are shown.
    private static let minimumTitle = 3
}

/// Draws a selectable list into a rect: one row per visible entry, the selected one filled in the
/// selection style and marked with `marker`, so the selection never depends on colour alone.
public enum ListView {
    /// The mark before the selected row.
    public static let marker = "> "
    /// The mark before a list or table title when that list has the selection, beside others that do not.
    public static let focusMarker = "▸ "

    /// Draws `count` entries from `selection`'s scroll position; `row` draws entry `index` into its
    /// one-row rect (after the marker's columns) in the style given. `selection` nil draws no selection;
    /// `fillsSelection` paints the selected row's whole width (a list) or only its text (a picker).
    public static func render(
        count: Int, selection: ListSelection?, in rect: Rect, normal: Style = Style(.normal),
        selected: Style = Style(.selection), fillsSelection: Bool = true, into buffer: inout ScreenBuffer,
        row: (_ index: Int, _ rect: Rect, _ style: Style, _ buffer: inout ScreenBuffer) -> Void
    ) {
        guard !rect.isEmpty else { return }
        let range = (selection ?? ListSelection()).visibleRange(count: count, height: rect.height)
        for (offset, index) in range.enumerated() {
            let line = Rect(x: rect.x, y: rect.y + offset, width: rect.width, height: 1)
            let isSelected = index == selection?.selected
            let style = isSelected ? selected : normal
            if isSelected {
                if fillsSelection { buffer.fill(line, style: style) }
                buffer.write(marker, at: Point(x: line.x, y: line.y), style: style, clip: line)
            }
            row(index, line.inset(left: DisplayWidth.of(marker)), style, &buffer)
        }
    }
}

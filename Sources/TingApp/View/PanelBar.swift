import TerminalKit

/// The row naming the phase's panels, the one in front in brackets as well as in colour.
enum PanelBar {
    /// Columns before the first panel name: a margin and the `[ ]` key sign.
    private static let lead = 5

    /// The panels the bar shows in `width` columns: from the first, or from a later one when the one in front
    /// would otherwise fall off the right edge.
    static func shown(_ panels: [PanelID], selected: PanelID?, width: Int) -> ArraySlice<PanelID> {
        var shown = panels[...]
        guard let selected, let index = panels.firstIndex(of: selected) else { return shown }
        func end() -> Int { lead + shown[...index].reduce(0) { $0 + DisplayWidth.of(PanelRegistry.title($1)) + 2 } }
        while shown.startIndex < index && end() > width { shown = shown.dropFirst() }
        return shown
    }

    /// The panel under column `x`, for mouse clicks.
    static func panel(at x: Int, of panels: [PanelID], selected: PanelID?, width: Int) -> PanelID? {
        var start = lead
        for panel in shown(panels, selected: selected, width: width) {
            let end = start + DisplayWidth.of(PanelRegistry.title(panel)) + 2
            if x >= start && x < end { return panel }
            start = end
        }
        return nil
    }

    static func render(_ panels: [PanelID], selected: PanelID, in row: Rect, into buffer: inout ScreenBuffer) {
        guard !row.isEmpty else { return }
        buffer.fill(row, style: Style(.tabInactive))
        buffer.write("[ ] ", at: Point(x: row.x + 1, y: row.y), style: Style(.key), clip: row)
        var x = row.x + lead
        for panel in shown(panels, selected: selected, width: row.width) {
            let title = PanelRegistry.title(panel)
            let isSelected = panel == selected
            let text = isSelected ? "[\(title)]" : " \(title) "
            x += buffer.write(
                text, at: Point(x: x, y: row.y), style: Style(isSelected ? .tabActive : .tabInactive), clip: row)
        }
    }
}

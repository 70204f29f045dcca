import TerminalKit

/// The row naming the phase's panels, the one in front in brackets as well as in colour.
enum PanelBar {
    /// Columns before the first panel name: a margin and the `[ ]` key sign.
    private static let lead = 5

    /// The panel under column `x`, for mouse clicks.
    static func panel(at x: Int, of panels: [PanelID]) -> PanelID? {
        var start = lead
        for panel in panels {
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
        for panel in panels {
            let title = PanelRegistry.title(panel)
            let isSelected = panel == selected
            let text = isSelected ? "[\(title)]" : " \(title) "
            x += buffer.write(
                text, at: Point(x: x, y: row.y), style: Style(isSelected ? .tabActive : .tabInactive), clip: row)
        }
    }
}

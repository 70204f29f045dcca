import TerminalKit

/// The row naming the Planering panels, the one in front in brackets as well as in colour.
enum PanelBar {
    static func render(selected: PlanningPanel, in row: Rect, into buffer: inout ScreenBuffer) {
        guard !row.isEmpty else { return }
        buffer.fill(row, style: Style(.tabInactive))
        var x = row.x + 1
        x += buffer.write("[ ] ", at: Point(x: x, y: row.y), style: Style(.key), clip: row)
        for panel in PlanningPanel.allCases {
            let isSelected = panel == selected
            let text = isSelected ? "[\(panel.title)]" : " \(panel.title) "
            x += buffer.write(
                text, at: Point(x: x, y: row.y), style: Style(isSelected ? .tabActive : .tabInactive), clip: row)
        }
    }
}

import TerminalKit

/// Draws the panel in front (other than the checklist) in the area above the status row.
enum PanelView {
    /// Returns where the cursor goes, if the panel is editing text.
    static func render(_ d: DialogueScreenState, state: AppState, in area: Rect, into buffer: inout ScreenBuffer)
        -> Point?
    {
        guard let id = d.frontPanel, let panel = d.panels[id] else { return nil }
        return panel.render(state.panelContext(for: d), in: area, into: &buffer)
    }
}

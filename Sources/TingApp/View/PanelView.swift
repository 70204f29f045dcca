import TerminalKit

/// Draws the panel in front (other than the checklist) in the area above the status row.
enum PanelView {
    /// Returns where the cursor goes, if the panel is editing text.
    static func render(_ d: DialogueScreenState, state: AppState, in area: Rect, into buffer: inout ScreenBuffer)
        -> Point?
    {
        guard let id = d.frontPanel else { return nil }
        switch id {
        case .groups: return GroupsPanelView.render(d, in: area, into: &buffer)
        case .goals: return GoalsPanelView.render(d, state: state, in: area, into: &buffer)
        case .schedule: return SchedulePanelView.render(d, state: state, in: area, into: &buffer)
        default: return d.panels[id]?.render(state.panelContext(for: d), in: area, into: &buffer)
        }
    }
}

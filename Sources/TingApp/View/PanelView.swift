import TerminalKit

/// Draws the Planering panel in front (other than the checklist) in the area above the status row.
enum PanelView {
    /// Returns where the cursor goes, if the panel is editing text.
    static func render(
        _ panel: PlanningPanel, _ d: DialogueScreenState, state: AppState, in area: Rect,
        into buffer: inout ScreenBuffer
    ) -> Point? {
        switch panel {
        case .checklist: return nil
        case .groups: return GroupsPanelView.render(d, in: area, into: &buffer)
        case .goals: return GoalsPanelView.render(d, state: state, in: area, into: &buffer)
        case .schedule: return SchedulePanelView.render(d, state: state, in: area, into: &buffer)
        case .people: return PeoplePanelView.render(d, in: area, into: &buffer)
        case .risks: return RisksPanelView.render(d, in: area, into: &buffer)
        }
    }
}

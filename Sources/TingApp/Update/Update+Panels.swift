import TerminalKit

extension AppState {
    /// Keys for a Planering panel other than the checklist; nil lets the checklist's keys
    /// (phase switching, help, back) apply.
    mutating func handlePanelKey(_ key: Key, panel: PlanningPanel, in d: inout DialogueScreenState) -> [Effect]? {
        switch panel {
        case .checklist: return nil
        case .groups: return handleGroupsKey(key, in: &d)
        case .goals: return handleGoalsKey(key, in: &d)
        case .schedule: return handleScheduleKey(key, in: &d)
        case .people: return handlePeopleKey(key, in: &d)
        case .risks: return handleRisksKey(key, in: &d)
        }
    }
}

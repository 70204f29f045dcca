import TerminalKit

extension AppState {
    /// Keys for a Planering panel other than the checklist. A key the panel does not use goes on to
    /// the checklist's handler (nil) only if it switches panel or phase, opens help or goes back;
    /// any other key is swallowed, so it can never change the checklist hidden behind the panel.
    mutating func handlePanelKey(_ key: Key, panel: PlanningPanel, in d: inout DialogueScreenState) -> [Effect]? {
        let effects: [Effect]?
        switch panel {
        case .checklist: return nil
        case .groups: effects = handleGroupsKey(key, in: &d)
        case .goals: effects = handleGoalsKey(key, in: &d)
        case .schedule: effects = handleScheduleKey(key, in: &d)
        case .people: effects = handlePeopleKey(key, in: &d)
        case .risks: effects = handleRisksKey(key, in: &d)
        }
        return effects ?? (key.passesFromPanel ? nil : [])
    }
}

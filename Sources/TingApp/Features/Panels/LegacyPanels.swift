import DialogueKit
import TerminalKit

extension PanelID {
    public static let groups = PanelID("groups")
    public static let goals = PanelID("goals")
    public static let schedule = PanelID("schedule")
}

/// The Planering panels not yet moved onto `Panel`, dispatched the old way until they are.
enum LegacyPanels {
    /// Their ids, in their order on the panel bar.
    static func ids(in phase: Phase) -> [PanelID] {
        phase == .planning ? [.groups, .goals, .schedule] : []
    }

    /// Their names on the panel bar.
    static func title(_ id: PanelID) -> String? {
        let s = UIStrings.swedish
        return switch id {
        case .groups: s.panelGroups
        case .goals: s.panelGoals
        case .schedule: s.panelSchedule
        default: nil
        }
    }
}

extension AppState {
    /// Keys for a Planering panel not yet moved onto `Panel`. A key the panel does not use goes on to the
    /// checklist's handler (nil) only if it switches panel or phase, opens help or goes back; any other key
    /// is swallowed, so it can never change the checklist hidden behind the panel.
    mutating func handleLegacyPanelKey(_ key: Key, panel: PanelID, in d: inout DialogueScreenState) -> [Effect]? {
        let effects: [Effect]?
        switch panel {
        case .groups: effects = handleGroupsKey(key, in: &d)
        case .goals: effects = handleGoalsKey(key, in: &d)
        case .schedule: effects = handleScheduleKey(key, in: &d)
        default: return nil
        }
        return effects ?? (key.passesFromPanel ? nil : [])
    }
}

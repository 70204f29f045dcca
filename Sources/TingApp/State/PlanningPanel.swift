/// The panels of the Planering phase besides its checklist, switched with `[` and `]`.
public enum PlanningPanel: Int, CaseIterable, Sendable {
    case checklist
    case groups
    case goals
    case schedule
    case people
    case risks

    /// The panel's name on the panel bar.
    var title: String {
        let s = UIStrings.swedish
        switch self {
        case .checklist: return s.panelChecklist
        case .groups: return s.panelGroups
        case .goals: return s.panelGoals
        case .schedule: return s.panelSchedule
        case .people: return s.panelPeople
        case .risks: return s.panelRisks
        }
    }
}

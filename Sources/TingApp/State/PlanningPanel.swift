/// The panels of the Planering phase besides its checklist, switched with `[` and `]`.
public enum PlanningPanel: Int, CaseIterable, Sendable {
    case checklist
    case groups

    /// The panel's name on the panel bar.
    var title: String {
        let s = UIStrings.swedish
        switch self {
        case .checklist: return s.panelChecklist
        case .groups: return s.panelGroups
        }
    }
}

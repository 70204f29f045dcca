import DialogueKit

/// Which panels each phase has after its checklist, in the order `[` and `]` step through them.
/// Adding a panel to a phase is one line here.
enum PanelRegistry {
    /// The panels of `phase`, after its checklist.
    static func panels(in phase: Phase) -> [any Panel.Type] {
        switch phase {
        case .decision: []
        case .planning: [GroupsPanel.self, GoalsPanel.self, SchedulePanel.self, PeoplePanel.self, RisksPanel.self]
        case .implementation: [ActivitiesPanel.self, InputsPanel.self]
        case .feedback: []
        case .evaluation: [EvaluationPanel.self, SurveyPanel.self, ReportPanel.self]
        }
    }

    /// Every registered panel, each once.
    static let all: [any Panel.Type] = {
        var seen = Set<PanelID>()
        return Phase.allCases.flatMap(panels(in:)).filter { seen.insert($0.id).inserted }
    }()

    /// The panel type with this id.
    static func type(_ id: PanelID) -> (any Panel.Type)? {
        all.first { $0.id == id }
    }

    /// The name of a panel on the panel bar.
    static func title(_ id: PanelID) -> String {
        id == .checklist ? UIStrings.swedish.panelChecklist : type(id)?.title ?? id.rawValue
    }
}

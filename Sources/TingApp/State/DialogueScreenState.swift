import DialogueKit
import TerminalKit

/// An open dialogue: which phase and item is selected, and what is being edited.
public struct DialogueScreenState: Sendable {
    public var stem: String
    public var dialogue: Dialogue
    public var isReadOnly: Bool
    public var readOnlyReason: String?
    /// Index into `dialogue.phases`.
    public var phaseIndex = 0
    /// Selected row per phase, as an index into the phase's visible items.
    public var selectedItem: [Int] = Array(repeating: 0, count: Phase.allCases.count)
    /// First visible row of the checklist, per phase.
    public var scroll: [Int] = Array(repeating: 0, count: Phase.allCases.count)
    /// The guidance panel is shown.
    public var showsGuidance = false
    /// The item filter typed after `/`; empty means every item.
    public var filter = ""
    /// Only the steps of this role ("mina steg"); nil means every role.
    public var roleFilter: String?
    /// Only the open items assigned to this person (id in the dialogue's planning); nil means everyone's.
    public var personFilter: String?
    public var mode: DialogueMode = .browsing
    /// Every panel's state, and the panel each phase has in front.
    var panels = PanelDeck()
    /// What `u` and Ctrl-R take back and do again.
    public var undo = UndoHistory()
    /// A save that collided with someone else's, waiting for the user to choose whose values stay.
    public var pendingConflict: SaveConflict?

    public init(stem: String, dialogue: Dialogue, isReadOnly: Bool, readOnlyReason: String?) {
        self.stem = stem
        self.dialogue = dialogue
        self.isReadOnly = isReadOnly
        self.readOnlyReason = readOnlyReason
        self.phaseIndex = dialogue.phases.firstIndex { $0.phase == dialogue.currentPhase } ?? 0
    }

    /// The phase shown.
    public var phase: PhaseChecklist { dialogue.phases[phaseIndex] }

    /// The shown phase's panels: its checklist first, then those `PanelRegistry` lists.
    public var phasePanels: [PanelID] {
        [.checklist] + PanelRegistry.panels(in: phase.phase).map { $0.id }
    }

    /// The shown phase's panel in front (the checklist unless `[` `]` chose another).
    public var panel: PanelID {
        get { panels.front[phase.phase] ?? .checklist }
        set { panels.front[phase.phase] = newValue }
    }

    /// The panel in front, or nil when the phase has only its checklist (and so no panel bar).
    public var frontPanel: PanelID? { phasePanels.count > 1 ? panel : nil }

    /// The items of the shown phase that match the filter, in order.
    public var visibleItems: [ChecklistItem] {
        if roleFilter == nil, personFilter == nil, filter.isEmpty { return phase.items }
        let items = phase.items.filter { item in
            roleFilter.map { item.role == $0 } ?? true
                && personFilter.map { item.assignee == $0 && !item.isComplete } ?? true
        }
        let query = filter.trimmingCharacters(in: .whitespaces)
        guard !query.isEmpty else { return items }
        // Unicode's case folding, the same in every locale (Å is å in Swedish and in C alike), so
        // the filter does not read the machine's locale.
        func matches(_ text: String) -> Bool { text.range(of: query, options: .caseInsensitive) != nil }
        return items.filter { matches($0.text) || matches($0.id) || matches($0.response ?? "") }
    }

    /// The selected item, if the phase (after filtering) has any.
    public var selected: ChecklistItem? {
        let items = visibleItems
        let i = selectedItem[phaseIndex]
        return items.indices.contains(i) ? items[i] : nil
    }

    /// The handbook's guidance for the selected item, else the phase's introduction, else a sentence
    /// saying there is none.
    public var guidance: String {
        selected?.guidance ?? phase.intro ?? UIStrings.swedish.noGuidance
    }
}

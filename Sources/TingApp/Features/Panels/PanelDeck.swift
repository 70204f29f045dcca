import DialogueKit

/// The state of every panel of an open dialogue, and which panel each phase has in front.
struct PanelDeck: Sendable {
    /// Each panel's state, by id; a panel not yet used is in its first state.
    private var states: [PanelID: any Panel] = [:]
    /// The panel in front, per phase; the checklist when a phase has none here.
    var front: [Phase: PanelID] = [:]

    /// The state of the panel with this id (nil for the checklist and for ids no panel has).
    subscript(id: PanelID) -> (any Panel)? {
        get { states[id] ?? PanelRegistry.type(id)?.init() }
        set { states[id] = newValue }
    }

    /// The state of a panel by its type: `deck[RisksPanel.self].list`.
    subscript<P: Panel>(_ type: P.Type) -> P {
        get { states[P.id] as? P ?? P() }
        set { states[P.id] = newValue }
    }

    /// Keeps every panel's selections on entries that still exist in `dialogue`.
    mutating func dialogueChanged(_ dialogue: Dialogue) {
        for (id, var panel) in states {
            panel.dialogueChanged(dialogue)
            states[id] = panel
        }
    }
}

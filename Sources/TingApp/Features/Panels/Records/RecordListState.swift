import TerminalKit

/// One list of planning entries in a panel: the selected row, the open form, the deletion asked about.
struct RecordListState<Record: PlanningRecord>: Sendable {
    /// The selected row and the scroll position, over the dialogue's entries of this kind.
    var selection = ListSelection()
    var form: RecordForm<Record.Field>?
    /// The id of the entry waiting for y/n before it is deleted.
    var confirmingDelete: String?

    /// Index into the dialogue's entries of this kind.
    var selected: Int {
        get { selection.selected }
        set { selection.selected = newValue }
    }

    /// Whether a form or a question has the keys.
    var isBusy: Bool { form != nil || confirmingDelete != nil }
}

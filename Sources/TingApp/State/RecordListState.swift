/// One list of planning entries in a panel: the selected row, the open form, the deletion asked about.
struct RecordListState<Record: PlanningRecord>: Sendable {
    /// Index into the dialogue's entries of this kind.
    var selected = 0
    var form: RecordForm<Record.Field>?
    /// The id of the entry waiting for y/n before it is deleted.
    var confirmingDelete: String?

    /// Whether a form or a question has the keys.
    var isBusy: Bool { form != nil || confirmingDelete != nil }
}

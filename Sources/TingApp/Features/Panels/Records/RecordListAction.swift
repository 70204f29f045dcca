/// What a key asks of a list of planning entries, its form or its deletion question.
enum RecordListAction: Sendable {
    case move, edit, add, delete
    case confirmDelete, cancelDelete
    case moveField, changeField, cycleField, closeForm, help
    case saveField, cancelField
}

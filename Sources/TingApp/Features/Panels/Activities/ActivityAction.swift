/// What a key asks of the Aktiviteter panel; actions bound to several keys (↑↓, Tab/Shift-Tab, K/J,
/// +/-) read the key pressed to know which way.
enum ActivityAction: Sendable {
    // The list of activities.
    case moveInList, open, add, cycleStatus, meeting, help
    // An open activity.
    case back, stepSection, moveRow, change, toggle, addRow, removeRow, reorder, count, addDefaults
    // Typing, choosing, asking.
    case save, cancel, movePick, choose, moveField, changeField, closeForm, confirm, decline
    // Participants' contacts past their retention date.
    case purge, confirmPurge
}

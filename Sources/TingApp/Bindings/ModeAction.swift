/// What a key asks of one of the dialogue screen's modes over the checklist (a text field, a picker, the
/// details form, the text viewer, a save conflict) or of a library mode.
enum ModeAction: Sendable {
    case save, cancel, moveCursor
    case move, choose, close, edit, help
    case scroll, scrollEnd
    case keepMine, takeTheirs
    case confirm, decline
}

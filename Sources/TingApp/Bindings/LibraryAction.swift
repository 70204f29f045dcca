/// What a key asks of the library screen while it lists the dialogues.
enum LibraryAction: Sendable {
    case move, open, new, example, delete, trash, help, quit
}

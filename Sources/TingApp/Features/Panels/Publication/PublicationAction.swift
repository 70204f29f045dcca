/// What the Publicering panel's keys ask for.
enum PublicationAction: Sendable {
    case move, write, draft, markPublished, saveDate, cancel, confirm, decline
    case editor(LongTextEditor.Action)
}

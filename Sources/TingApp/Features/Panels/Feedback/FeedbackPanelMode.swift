import TerminalKit

/// What the Återkoppling panel is doing besides browsing its rounds; each names the round it is about by id,
/// so another writer's change under it never points it at another round.
enum FeedbackPanelMode: Equatable, Sendable {
    case browsing
    /// Choosing the audience of a new round, among the dialogue's audiences.
    case choosingAudience(ListSelection)
    /// Typing a round's planned or sent date.
    case dating(FeedbackDate, roundID: String, DatePrompt)
    case choosingChannels(ChannelChoice)
    /// Asking whether a new draft may replace the round's text in the editor.
    case confirmingDraft(roundID: String)
    /// Writing the round's text.
    case writing(roundID: String, LongTextEditor)
    case confirmingRemoval(roundID: String)
}

/// Which date of a feedback round is typed.
enum FeedbackDate: Equatable, Sendable {
    case planned, sent
}

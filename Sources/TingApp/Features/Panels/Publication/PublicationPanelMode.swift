/// What the Publicering panel is doing besides browsing its texts.
enum PublicationPanelMode: Equatable, Sendable {
    case browsing
    /// Writing the text of an entry.
    case writing(PublicationEntry, LongTextEditor)
    /// Asking whether a new draft may replace an entry's text in the editor.
    case confirmingDraft(PublicationEntry)
    /// Typing the date a moment's texts were published.
    case dating(PublicationEntry, DatePrompt)
}

extension SummaryReport {
    /// One piece of a section's content.
    public enum Block: Equatable, Sendable {
        /// Running text; its own line breaks are kept.
        case paragraph(String)
        /// A bullet list, one entry a string.
        case bullets([String])
        case table(Table)
    }
}

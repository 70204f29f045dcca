import Foundation

/// The summary report (sammanfattande rapport) of a dialogue as one model: a title, a few facts about the
/// dialogue, and sections of paragraphs, bullet lists and tables. Markdown, HTML and the TUI's preview all
/// render this one model, so the formats cannot disagree. Build it with `init(dialogue:today:calendar:)`.
public struct SummaryReport: Equatable, Sendable {
    /// The report's one top-level heading: the dialogue's title.
    public var title: String
    /// The facts shown under the title (the question, the committee, the case number …), in order.
    public var metadata: [Field]
    /// The report's parts, in order; each is a second-level heading.
    public var sections: [Section]

    public init(title: String, metadata: [Field], sections: [Section]) {
        self.title = title
        self.metadata = metadata
        self.sections = sections
    }
}

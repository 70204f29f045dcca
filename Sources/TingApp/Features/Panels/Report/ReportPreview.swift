import DialogueKit
import Foundation

/// The report's preview lines for one dialogue, width and day, made once per change and then read by every
/// frame and scroll key: building the report reads every input several times.
struct ReportPreview: Sendable {
    /// The dialogue it was made from; it shares its storage, so comparing it with the open one is instant
    /// while nothing changed.
    let source: Dialogue
    let width: Int
    let today: LocalDate
    let lines: [String]

    /// The preview of `dialogue` as it stands on `today`, wrapped for a panel `width` columns wide.
    init(_ dialogue: Dialogue, width: Int, today: LocalDate, calendar: Calendar) {
        source = dialogue
        self.width = width
        self.today = today
        lines = SummaryReport(dialogue: dialogue, today: today, calendar: calendar).text(width: max(1, width - 2))
    }

    /// Whether it still shows `dialogue` at this width on this day.
    func isCurrent(for dialogue: Dialogue, width: Int, today: LocalDate) -> Bool {
        self.width == width && self.today == today && source == dialogue
    }
}

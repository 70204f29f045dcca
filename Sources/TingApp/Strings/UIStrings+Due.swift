import DialogueKit

/// What is due in a dialogue, on the library screen: the Nästa column, the detail line and `?`.
extension UIStrings {
    /// The library's column of the next thing due.
    var columnNextDue: String { "Nästa" }
    /// Before the next thing due on the detail line.
    var nextDue: String { "Nästa" }
    /// After something whose day has passed, in words beside the sign.
    var overdueWord: String { "försenad" }
    /// «! 2026-02-20 Återkoppling till deltagarna» when its day has passed, else without the sign.
    func dueCell(_ item: DueItem, today: LocalDate) -> String {
        let text = "\(item.date) \(item.words)"
        return item.isOverdue(today: today) ? "\(overdueSign) \(text)" : text
    }
    /// «Nästa: 2026-03-10 Workshop med föräldrar», or when its day has passed, sign and word first so a
    /// narrow screen keeps them, «! Försenad: 2026-02-20 Återkoppling till deltagarna · även försenat:
    /// Planering slutar»: the first of `items` (in listing order), and the others overdue too.
    func dueDetail(_ items: [DueItem], today: LocalDate) -> String? {
        guard let item = items.first else { return nil }
        guard item.isOverdue(today: today) else { return "\(nextDue): \(item.date) \(item.words)" }
        let others = items.dropFirst().filter { $0.isOverdue(today: today) }.map(\.words)
        let also = others.isEmpty ? "" : " · \(alsoOverdue): \(others.joined(separator: ", "))"
        return "\(overdueSign) \(overdueLabel): \(item.date) \(item.words)\(also)"
    }
    /// The detail line's label for something whose day has passed.
    var overdueLabel: String { "Försenad" }
    /// Before the other overdue things on the detail line.
    var alsoOverdue: String { "även försenat" }
    var librarySignsHeading: String { "Tecken i biblioteket:" }
    var libraryOverdueMeaning: String { "försenat: datumet har passerat (i Fas och i Nästa)" }
}

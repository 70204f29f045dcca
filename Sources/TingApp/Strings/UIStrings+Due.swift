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
    /// «Nästa: 2026-02-20 Återkoppling till deltagarna (! försenad)».
    func dueDetail(_ item: DueItem, today: LocalDate) -> String {
        let text = "\(nextDue): \(item.date) \(item.words)"
        return item.isOverdue(today: today) ? "\(text) (\(overdueSign) \(overdueWord))" : text
    }
    var librarySignsHeading: String { "Tecken i biblioteket:" }
    var libraryOverdueMeaning: String { "försenat: datumet har passerat (i Fas och i Nästa)" }
}

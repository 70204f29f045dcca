import DialogueKit

/// The JSON `ting agenda --json` prints: one object per thing due, in the agenda's order.
enum AgendaJSON {
    private struct Row: Encodable {
        var date: LocalDate
        var overdue: Bool
        /// Negative when overdue, 0 today.
        var daysFromToday: Int
        var kind: DueKind
        /// The phase's id, the activity's or feedback round's id, or the publication's moment.
        var reference: String
        var text: String
        var stem: String
        var file: String
        var title: String
    }

    /// Prints the rows of `agenda`.
    static func print(_ agenda: LibraryAgenda) throws {
        try Output.printJSON(
            encoding: agenda.rows.map {
                Row(
                    date: $0.item.date, overdue: $0.isOverdue, daysFromToday: $0.daysFromToday, kind: $0.item.kind,
                    reference: $0.item.reference, text: $0.item.words, stem: $0.stem, file: "\($0.stem).json",
                    title: $0.title)
            })
    }
}

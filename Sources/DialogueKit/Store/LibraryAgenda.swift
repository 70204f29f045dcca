/// What is due across the library (`ting agenda`), read from the dialogues' summaries alone: the
/// overdue first, then what falls due within a number of days, soonest first.
public struct LibraryAgenda: Equatable, Sendable {
    /// One thing due, with the dialogue it belongs to.
    public struct Row: Equatable, Sendable {
        public var item: DueItem
        /// The dialogue's file name without `.json`, as `ting` commands name it.
        public var stem: String
        public var title: String
        public var isOverdue: Bool
        /// Days from today to the item's date: negative when overdue, 0 today.
        public var daysFromToday: Int
    }

    /// In order: sooner first (so every overdue row comes before the upcoming ones); on one day by kind,
    /// then in the library's order (by title), then in the dialogue's own order.
    public var rows: [Row]

    /// The agenda of `entries` (in the library's order) on `today`: everything overdue and everything due
    /// within `days` days from today (0 gives today's); damaged files have nothing due.
    public init(_ entries: [LibraryEntry], today: LocalDate, days: Int) {
        let horizon = today.adding(days: days)
        var rows: [(position: Int, row: Row)] = []
        for entry in entries {
            guard case .dialogue(let summary) = entry else { continue }
            for item in summary.due.sorted(by: DueItem.listedBefore) {
                let overdue = item.isOverdue(today: today)
                guard overdue || horizon.map({ item.date <= $0 }) ?? true else { continue }
                rows.append(
                    (
                        rows.count,
                        Row(
                            item: item, stem: summary.stem, title: summary.title, isOverdue: overdue,
                            daysFromToday: today.days(until: item.date))
                    ))
            }
        }
        self.rows = rows.sorted {
            ($0.row.item.date, $0.row.item.kind, $0.position) < ($1.row.item.date, $1.row.item.kind, $1.position)
        }.map(\.row)
    }
}

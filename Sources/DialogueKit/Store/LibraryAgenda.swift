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
        var rows: [Row] = []
        for entry in entries {
            guard case .dialogue(let summary) = entry else { continue }
            // A summary lists its items in `DueItem.listedBefore` order, which a tie below keeps.
            for item in summary.due {
                let overdue = item.isOverdue(today: today)
                guard overdue || horizon.map({ item.date <= $0 }) ?? true else { continue }
                rows.append(
                    Row(
                        item: item, stem: summary.stem, title: summary.title, isOverdue: overdue,
                        daysFromToday: today.days(until: item.date)))
            }
        }
        // Sorting positions by small keys moves no strings: thousands of rows are sorted at each run.
        let keys = rows.map { ($0.item.date, $0.item.kind) }
        self.rows = keys.indices.sorted { (keys[$0].0, keys[$0].1, $0) < (keys[$1].0, keys[$1].1, $1) }.map { rows[$0] }
    }
}

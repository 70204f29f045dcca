import TerminalKit

/// Where the Underlag panel's parts go in its area: the counts above, the list, and the prompt row below
/// it; shared by the view and by `update` (the page a PgDn moves).
struct InputsPanelLayout: Equatable {
    /// The summary and the counts per category (over two rows when the handbook's names are long), tag and
    /// activity: up to five rows, fewer when short.
    let counts: Rect
    /// The list: a header row, then one row per input.
    let table: Rect
    /// The prompt or choice being typed, or the filter in force.
    let promptRow: Rect

    init(area: Rect) {
        var rest = area.inset(left: 1, right: 1)
        (rest, promptRow) = rest.splitBottom(rest.height >= 6 ? 1 : 0)
        let countRows = rest.height >= 14 ? 5 : rest.height >= 12 ? 4 : rest.height >= 8 ? 2 : rest.height >= 5 ? 1 : 0
        (counts, rest) = rest.splitTop(countRows)
        table = rest.inset(top: countRows > 0 ? 1 : 0)
    }

    /// The inputs shown at once.
    var listRows: Int { max(0, table.height - 1) }
}

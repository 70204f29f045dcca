import TerminalKit

/// Where the Återkoppling panel's parts go: the promise check and warnings above, the rounds as a table, the
/// selected round's text below it and the prompt row at the bottom; shared by the view and by `update` (the
/// page a PgDn moves).
struct FeedbackPanelLayout: Equatable {
    /// Rows the checks take at most.
    static let maximumCheckRows = 3

    /// The checks' lines as shown, cut to the rows they have.
    let checkLines: [String]
    let checks: Rect
    /// The table: a header row, then one row per round.
    let table: Rect
    /// The selected round's text, under a rule.
    let detail: Rect
    /// The date being typed, while one is.
    let promptRow: Rect

    init(area: Rect, checks lines: [String], rounds: Int) {
        var rest = area.inset(left: 1, right: 1)
        (rest, promptRow) = rest.splitBottom(rest.height >= 6 ? 1 : 0)
        let room = rest.height >= 16 ? Self.maximumCheckRows : rest.height >= 10 ? 2 : 0
        let wrapped = lines.flatMap { TextWrap.wrap($0, width: max(1, rest.width)) }
        checkLines = CutLines.fit(
            wrapped, rows: min(room, wrapped.count), width: rest.width, more: UIStrings.swedish.feedbackChecksMore)
        var top: Rect
        (top, rest) = rest.splitTop(checkLines.count)
        checks = top
        if !checkLines.isEmpty { rest = rest.inset(top: 1) }
        // The table as long as its rounds, leaving at least a third of the rest to the text.
        let tableRows = min(max(2, rounds + 1), max(2, rest.height - max(3, rest.height / 3)))
        (table, rest) = rest.splitTop(rest.height >= 6 ? tableRows : rest.height)
        detail = rest
    }

    /// The rounds shown at once.
    var listRows: Int { max(1, table.height - 1) }
}

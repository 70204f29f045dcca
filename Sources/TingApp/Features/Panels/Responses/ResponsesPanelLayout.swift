import TerminalKit

/// Where the Svar panel's parts go in its area: the counts on top, the themes, the inputs, and a row of
/// details of the selected one; on a short terminal only the list in front. Shared by the view and by
/// `update` (the page a PgDn moves).
struct ResponsesPanelLayout: Equatable {
    /// The summary and the counts per status (two rows when there is room).
    let counts: Rect
    let themes: Rect
    let inputs: Rect
    /// The selected theme's or input's response in one line.
    let details: Rect
    /// Which list `listRows` is about.
    let list: ResponsesPanel.List

    init(area: Rect, list: ResponsesPanel.List) {
        self.list = list
        var rest = area.inset(left: 1, right: 1)
        (rest, details) = rest.splitBottom(rest.height >= 8 ? 1 : 0)
        let countRows = rest.height >= 14 ? 2 : rest.height >= 6 ? 1 : 0
        (counts, rest) = rest.splitTop(countRows)
        if countRows > 0 { rest = rest.inset(top: 1) }
        if rest.height < 10 {
            (themes, inputs) =
                list == .themes
                ? (rest, Rect(x: rest.x, y: rest.maxY, width: rest.width, height: 0))
                : (Rect(x: rest.x, y: rest.y, width: rest.width, height: 0), rest)
        } else {
            // The themes are few and the inputs many: a third for the themes, at least a title and three rows.
            let (top, bottom) = rest.splitTop(max(5, rest.height / 3))
            (themes, inputs) = (top.inset(bottom: 1), bottom)
        }
    }

    /// The rows of the list in front shown at once (less its title and header).
    var listRows: Int { max(0, (list == .themes ? themes : inputs).height - 2) }
}

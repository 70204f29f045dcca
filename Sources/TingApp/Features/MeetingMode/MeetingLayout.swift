import TerminalKit

/// Where meeting mode's parts go for a terminal size; shared by the view and by `update` (list pages,
/// the capture line's width). Wide terminals (80×24 and up) put the agenda beside the checklist and the
/// attendance, with calm blank rows between; narrow ones (down to 60×20, and below) stack them.
struct MeetingLayout: Equatable {
    /// The columns and rows from which the agenda stands beside the checklists.
    static let wide = Size(width: 72, height: 22)

    let titleRow: Rect
    /// The agenda: its heading row, then the points (the current one with its time left under it).
    let agenda: Rect
    /// The checklist: its heading row, then the rows to tick.
    let checklist: Rect
    /// The attendance: its heading row, then the counts (one row, the selected count, when narrow).
    let attendance: Rect
    /// The last inputs: a heading row, then the newest inputs, newest last.
    let inputs: Rect
    /// The capture line (two rows when there is room, so a long input is read back whole).
    let capture: Rect
    let statusRow: Rect
    let hintRow: Rect
    /// Whether the agenda stands beside the checklists.
    let isWide: Bool

    init(size: Size) {
        var rest = Rect(size)
        (titleRow, rest) = rest.splitTop(1)
        var bottom: Rect
        (rest, bottom) = rest.splitBottom(2)
        statusRow = bottom.splitTop(1).top
        hintRow = bottom.splitTop(1).rest
        isWide = size.width >= Self.wide.width && size.height >= Self.wide.height
        // A rule above the capture line, then the line itself.
        (rest, capture) = rest.splitBottom(isWide ? 2 : 1)
        rest = rest.inset(bottom: 1)
        if isWide {
            rest = rest.inset(top: 1)
            // The top part: ten rows at 24 lines, twelve at most; the inputs below a rule get the rest.
            let topHeight = min(12, max(6, rest.height - 7))
            let (top, below) = rest.splitTop(topHeight)
            inputs = below.inset(top: 1, left: 1, right: 1)
            let leftWidth = (top.width - 1) / 2
            agenda = Rect(x: top.x + 1, y: top.y, width: leftWidth - 1, height: top.height)
            let right = Rect(x: top.x + leftWidth + 2, y: top.y, width: top.width - leftWidth - 3, height: top.height)
            let attendanceHeight = min(6, max(3, right.height * 2 / 5))
            (checklist, _) = right.splitTop(right.height - attendanceHeight - 1)
            attendance = right.splitBottom(attendanceHeight).bottom
        } else {
            let inner = rest.inset(left: 1, right: 1)
            var column: Rect
            (agenda, column) = inner.splitTop(min(2, inner.height))
            (attendance, column) = column.splitTop(min(1, column.height))
            let checklistHeight = min(5, max(0, (column.height - 1) / 2))
            (checklist, column) = column.inset(top: 1).splitTop(checklistHeight)
            inputs = column.inset(top: checklistHeight > 0 ? 1 : 0)
        }
    }

    /// The rows of the checklist below its heading.
    var checklistRows: Int { max(0, checklist.height - 1) }
    /// The rows of the attendance below its heading (0 when narrow: the heading row shows the count).
    var attendanceRows: Int { isWide ? max(0, attendance.height - 1) : 0 }
}

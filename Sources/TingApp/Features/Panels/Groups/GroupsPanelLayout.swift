import DialogueKit
import TerminalKit

/// Where the Målgrupper panel's parts go in its area: the grid with the selected group's details
/// beside it (wide terminals) or below it, or a list by quadrant when the grid does not fit.
/// Shared by the view and by `update` (clicks).
struct GroupsPanelLayout {
    /// Narrower than this, the grid becomes a list by quadrant.
    static let minimumGridWidth = 60
    /// From this width, the details go beside the grid.
    static let besideWidth = 100

    /// A quadrant's place: its frame's inside, and its groups' names as laid out in it.
    struct QuadrantPlace {
        let quadrant: GridQuadrant
        let rect: Rect
        /// Rows of the heading ("Prioritet N: …").
        let heading: [String]
        /// Each shown group: its index in the quadrant, where it starts, and its text.
        let tokens: [(index: Int, at: Point, text: String)]
    }

    /// A row of the list shown on narrow terminals.
    struct ListRow {
        let quadrant: GridQuadrant
        /// The group's index in the quadrant; nil for the quadrant's heading.
        let index: Int?
        let text: String
        /// The row is the selected quadrant's heading or the selected group.
        let isSelected: Bool
    }

    let isList: Bool
    /// The row above the grid: the vertical axis' high end and the legend.
    let headerRow: Rect
    /// The grid's frame.
    let gridRect: Rect
    /// The row below the grid: the vertical axis' low end.
    let footerRow: Rect
    let quadrants: [QuadrantPlace]
    let detailsRect: Rect
    /// Whether the details are beside the grid (framed, wrapped) or below it (a line each).
    let detailsBeside: Bool
    let warningsRect: Rect
    /// The rows of the list, the first shown at the top of `listRect`.
    let listRows: ArraySlice<ListRow>
    let listRect: Rect

    init(area: Rect, dialogue: Dialogue, panel: GroupsPanel) {
        let warningCount = dialogue.planning.warnings.count
        let detailsBeside = area.width >= GroupsPanelLayout.besideWidth
        let maxWarnings = detailsBeside ? 6 : 2
        let belowDetails = 5
        let minimumBelowDetails = 3
        var rest = area
        var warnings: Rect
        let gridWarnings = min(warningCount, maxWarnings)
        let fitsGrid =
            area.width >= GroupsPanelLayout.minimumGridWidth
            && area.height - gridWarnings - (detailsBeside ? 0 : minimumBelowDetails) >= 9
        self.isList = !fitsGrid
        self.detailsBeside = detailsBeside && fitsGrid
        if fitsGrid {
            (rest, warnings) = rest.splitBottom(gridWarnings)
            var grid = rest
            if detailsBeside {
                let width = min(44, rest.width / 3)
                grid = Rect(x: rest.x, y: rest.y, width: rest.width - width, height: rest.height)
                detailsRect = Rect(x: grid.maxX, y: rest.y, width: width, height: rest.height)
            } else {
                let half = max(2, min(6, (rest.height - belowDetails - 5) / 2))
                (grid, detailsRect) = rest.splitTop(5 + 2 * half)
            }
            let half = min(10, (grid.height - 5) / 2)
            (headerRow, grid) = grid.splitTop(1)
            (gridRect, grid) = grid.splitTop(3 + 2 * half)
            footerRow = grid.splitTop(1).top
            quadrants = GroupsPanelLayout.places(in: gridRect, half: half, dialogue: dialogue, panel: panel)
            listRows = []
            listRect = Rect(x: area.x, y: area.y, width: 0, height: 0)
        } else {
            let listWarnings = area.height >= 8 ? min(warningCount, 2) : 0
            (rest, warnings) = rest.splitBottom(listWarnings)
            listRect = rest
            let rows = GroupsPanelLayout.listRows(dialogue: dialogue, panel: panel)
            let selected =
                rows.firstIndex { $0.quadrant == panel.quadrant && $0.index == panel.index }
                ?? rows.firstIndex { $0.quadrant == panel.quadrant } ?? 0
            let first = max(0, min(selected - rest.height / 2, rows.count - rest.height))
            listRows = rows[first..<min(rows.count, first + rest.height)]
            headerRow = Rect(x: area.x, y: area.y, width: 0, height: 0)
            gridRect = headerRow
            footerRow = headerRow
            quadrants = []
            detailsRect = headerRow
        }
        warningsRect = warnings
    }

    /// The quadrant and group (index, nil for none) under a point, if any.
    func hit(_ point: Point) -> (quadrant: GridQuadrant, index: Int?)? {
        if isList {
            guard listRect.contains(point) else { return nil }
            let offset = point.y - listRect.y
            guard offset < listRows.count else { return nil }
            let row = listRows[listRows.startIndex + offset]
            return (row.quadrant, row.index)
        }
        for place in quadrants where place.rect.contains(point) {
            let token = place.tokens.first { token in
                token.at.y == point.y && point.x >= token.at.x && point.x < token.at.x + DisplayWidth.of(token.text)
            }
            return (place.quadrant, token?.index)
        }
        return nil
    }

    /// The text of a group as shown: a selection sign, its name, and signs for hard to reach and
    /// for having a reach plan.
    static func token(_ group: TargetGroup, selected: Bool) -> String {
        let s = UIStrings.swedish
        var text = (selected ? "▶" : " ") + group.name
        if group.hardToReach { text += " " + s.hardToReachSign }
        if group.hasReachPlan { text += " " + s.reachPlanSign }
        return text
    }

    /// A quadrant's heading: "Prioritet N: description", marked when the quadrant is selected and
    /// counting the groups that do not fit.
    static func heading(_ quadrant: GridQuadrant, dialogue: Dialogue, selected: Bool, hidden: Int = 0) -> String {
        let s = UIStrings.swedish
        let description = dialogue.representation.description(ofPriority: quadrant.priority)
        let more = hidden > 0 ? " (+\(hidden) \(s.moreGroups))" : ""
        let title = "\(selected ? "»" : " ")\(s.priority) \(quadrant.priority)\(more)"
        return description.isEmpty ? title : "\(title): \(description)"
    }

    private static func places(in grid: Rect, half: Int, dialogue: Dialogue, panel: GroupsPanel)
        -> [QuadrantPlace]
    {
        let leftWidth = (grid.width - 3) / 2
        let widths = [leftWidth, grid.width - 3 - leftWidth]
        var places: [QuadrantPlace] = []
        for row in 0..<2 {
            for column in 0..<2 {
                let quadrant = dialogue.representation.orientation.quadrant(row: row, column: column)
                let rect = Rect(
                    x: grid.x + 1 + column * (leftWidth + 1), y: grid.y + 1 + row * (half + 1),
                    width: widths[column], height: half)
                places.append(place(quadrant, in: rect, dialogue: dialogue, panel: panel))
            }
        }
        return places
    }

    /// Lays out a quadrant: its heading (the rows its groups leave, two at least where there is room), then its groups flowing
    /// like words, scrolled so the selected group shows.
    private static func place(_ quadrant: GridQuadrant, in rect: Rect, dialogue: Dialogue, panel: GroupsPanel)
        -> QuadrantPlace
    {
        let isSelected = quadrant == panel.quadrant
        let textWidth = max(1, rect.width - 1)
        var lines: [[(index: Int, column: Int, text: String)]] = [[]]
        var column = 0
        for (index, group) in quadrant.groups(in: dialogue).enumerated() {
            let text = TextWrap.truncate(token(group, selected: isSelected && index == panel.index), width: textWidth)
            let width = DisplayWidth.of(text)
            if column > 0 && column + width > textWidth {
                lines.append([])
                column = 0
            }
            lines[lines.count - 1].append((index, column, text))
            column += width + 2
        }
        let plain = heading(quadrant, dialogue: dialogue, selected: isSelected).dropFirst()
        // The advice takes the rows the groups leave free, at least two where there is room; `G` shows it whole.
        let groupRows = lines.joined().isEmpty ? 0 : lines.count
        let room = max(rect.height >= 4 ? 2 : 1, rect.height - groupRows)
        let headingRows = min(rect.height, room, TextWrap.wrap(String(plain), width: textWidth).count)
        let visible = rect.height - headingRows
        let selectedLine = lines.firstIndex { line in line.contains { isSelected && $0.index == panel.index } } ?? 0
        let first = max(0, selectedLine - visible + 1)
        let shown = lines.dropFirst(first).prefix(visible)
        let hidden = lines.joined().count - shown.joined().count
        let title = heading(quadrant, dialogue: dialogue, selected: isSelected, hidden: hidden)
        let wrapped = TextWrap.wrap(String(title.dropFirst()), width: textWidth)
        var heading = wrapped.prefix(headingRows).enumerated().map { ($0 == 0 ? String(title.prefix(1)) : " ") + $1 }
        if wrapped.count > headingRows, let last = heading.last {
            heading[heading.count - 1] = TextWrap.truncate(last + " …", width: textWidth + 1)
        }
        var tokens: [(index: Int, at: Point, text: String)] = []
        for (offset, line) in shown.enumerated() {
            for token in line {
                tokens.append(
                    (token.index, Point(x: rect.x + 1 + token.column, y: rect.y + headingRows + offset), token.text))
            }
        }
        return QuadrantPlace(quadrant: quadrant, rect: rect, heading: heading, tokens: tokens)
    }

    private static func listRows(dialogue: Dialogue, panel: GroupsPanel) -> [ListRow] {
        GridQuadrant.byPriority.flatMap { quadrant in
            let isSelected = quadrant == panel.quadrant
            let heading = ListRow(
                quadrant: quadrant, index: nil, text: self.heading(quadrant, dialogue: dialogue, selected: isSelected),
                isSelected: isSelected)
            let groups = quadrant.groups(in: dialogue).enumerated().map { index, group in
                let selected = isSelected && index == panel.index
                return ListRow(
                    quadrant: quadrant, index: index, text: "  " + token(group, selected: selected),
                    isSelected: selected)
            }
            return [heading] + groups
        }
    }
}

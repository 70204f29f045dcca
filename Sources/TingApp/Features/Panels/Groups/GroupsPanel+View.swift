import DialogueKit
import TerminalKit

/// The Målgrupper panel: the representation model as a 2×2 grid with the target groups in its
/// quadrants, the selected group's details, and the warnings of the analysis.
extension GroupsPanel {
    /// Draws the panel in `area`; returns where the cursor goes while a name is typed.
    func render(_ context: PanelContext, in area: Rect, into buffer: inout ScreenBuffer) -> Point? {
        guard !area.isEmpty else { return nil }
        let dialogue = context.dialogue
        let layout = GroupsPanelLayout(area: area, dialogue: dialogue, panel: self)
        if layout.isList {
            Self.renderList(layout, into: &buffer)
        } else {
            Self.renderGrid(layout, dialogue: dialogue, selected: quadrant, selectedIndex: index, into: &buffer)
            Self.renderDetails(selectedGroup(in: dialogue), dialogue: dialogue, layout: layout, into: &buffer)
        }
        Self.renderWarnings(
            dialogue.planning.warnings, in: layout.warningsRect,
            into: &buffer)
        switch mode {
        case .browsing: return nil
        case .adding(let editor):
            let s = UIStrings.swedish
            let inner = FormBox.open(
                title: "\(s.newGroupTitle) \(quadrant.priority)", width: 60, height: 3, on: buffer.size,
                into: &buffer)
            guard !inner.isEmpty else { return nil }
            let label = s.groupName + ": "
            buffer.write(label, at: Point(x: inner.x, y: inner.y), style: Style(.header, bold: true), clip: inner)
            let x = inner.x + DisplayWidth.of(label)
            return FormBox.field(editor, in: Rect(x: x, y: inner.y, width: inner.maxX - x, height: 1), into: &buffer)
        case .editing(let form):
            guard let group = dialogue.targetGroup(id: form.groupID) else { return nil }
            return TargetGroupFormView.render(form, group: group, into: &buffer)
        case .confirmingRemove(let id):
            let s = UIStrings.swedish
            let name = dialogue.targetGroup(id: id)?.name ?? id
            Overlay.render(
                title: s.confirmRemoveGroupTitle, lines: ["\"\(name)\" \(s.confirmRemoveGroupBody)", "", s.yesNo],
                in: Rect(buffer.size), into: &buffer)
            return nil
        }
    }

    private static func renderGrid(
        _ layout: GroupsPanelLayout, dialogue: Dialogue, selected: GridQuadrant, selectedIndex: Int,
        into buffer: inout ScreenBuffer
    ) {
        let s = UIStrings.swedish
        let activityVertical = dialogue.representation.orientation.activityIsVertical
        let header = layout.headerRow
        let legendWidth = DisplayWidth.of(s.groupsLegend)
        let topLabel = "↑ " + s.axisLabel(activity: activityVertical, .high)
        buffer.write(topLabel, at: Point(x: header.x + 1, y: header.y), style: Style(.header, bold: true), clip: header)
        if header.width >= DisplayWidth.of(topLabel) + legendWidth + 4 {
            buffer.write(
                s.groupsLegend, at: Point(x: header.maxX - legendWidth - 1, y: header.y), style: Style(.muted),
                clip: header)
        }
        buffer.write(
            "↓ " + s.axisLabel(activity: activityVertical, .low),
            at: Point(x: layout.footerRow.x + 1, y: layout.footerRow.y),
            style: Style(.header, bold: true), clip: layout.footerRow)
        drawFrame(layout, activityHorizontal: !activityVertical, into: &buffer)
        for place in layout.quadrants {
            let role: StyleRole = place.quadrant == selected ? .selection : .header
            for (row, line) in place.heading.enumerated() {
                buffer.write(
                    line, at: Point(x: place.rect.x, y: place.rect.y + row), style: Style(role, bold: row == 0),
                    clip: place.rect)
            }
            for token in place.tokens {
                let isSelected = place.quadrant == selected && token.index == selectedIndex
                buffer.write(
                    token.text, at: token.at, style: Style(isSelected ? .selection : .normal, bold: isSelected),
                    clip: place.rect)
            }
        }
    }

    /// The frame: ┌┬┐ ├┼┤ └┴┘, with the horizontal axis' labels in the top border.
    private static func drawFrame(
        _ layout: GroupsPanelLayout, activityHorizontal: Bool, into buffer: inout ScreenBuffer
    ) {
        let grid = layout.gridRect
        guard grid.width >= 5, grid.height >= 3, let first = layout.quadrants.first else { return }
        let style = Style(.border)
        let middleX = first.rect.maxX
        let middleY = first.rect.maxY
        for y in [grid.y, middleY, grid.maxY - 1] {
            buffer.drawHLine(y: y, x: grid.x, width: grid.width, style: style)
        }
        for y in grid.y..<grid.maxY {
            for x in [grid.x, middleX, grid.maxX - 1] { buffer[x, y] = Cell("│", style: style) }
        }
        let corners: [(Int, Int, Character)] = [
            (grid.x, grid.y, "┌"), (middleX, grid.y, "┬"), (grid.maxX - 1, grid.y, "┐"),
            (grid.x, middleY, "├"), (middleX, middleY, "┼"), (grid.maxX - 1, middleY, "┤"),
            (grid.x, grid.maxY - 1, "└"), (middleX, grid.maxY - 1, "┴"), (grid.maxX - 1, grid.maxY - 1, "┘"),
        ]
        for (x, y, character) in corners { buffer[x, y] = Cell(character, style: style) }
        let s = UIStrings.swedish
        for (column, level) in [(0, GridLevel.low), (1, GridLevel.high)] {
            let rect = layout.quadrants[column].rect
            let full = s.axisLabel(activity: activityHorizontal, level)
            let label =
                DisplayWidth.of(full) + 4 <= rect.width
                ? full : s.axisLabel(activity: activityHorizontal, level, short: true)
            let text = " " + TextWrap.truncate(label, width: max(0, rect.width - 4)) + " "
            buffer.write(
                text, at: Point(x: rect.x + 1, y: grid.y), style: Style(.header, bold: true),
                clip: Rect(x: rect.x, y: grid.y, width: rect.width, height: 1))
        }
    }

    /// The selected group's details: framed and wrapped beside the grid, a line each below it.
    private static func renderDetails(
        _ group: TargetGroup?, dialogue: Dialogue, layout: GroupsPanelLayout, into buffer: inout ScreenBuffer
    ) {
        let s = UIStrings.swedish
        var rect = layout.detailsRect
        if layout.detailsBeside {
            buffer.drawBox(rect, title: s.groupFormTitle, style: Style(.border))
            rect = rect.inset(top: 1, left: 2, bottom: 1, right: 1)
        } else {
            rect = rect.inset(left: 1, right: 1)
        }
        guard !rect.isEmpty else { return }
        guard let group else {
            let text = dialogue.planning.targetGroups.isEmpty ? s.noGroups + " " + s.noGroupSelected : s.noGroupSelected
            buffer.writeWrapped(text, in: rect, style: Style(.muted))
            return
        }
        var y = rect.y
        for (index, line) in detailLines(group, beside: layout.detailsBeside).enumerated() where y < rect.maxY {
            let row = Rect(x: rect.x, y: y, width: rect.width, height: rect.maxY - y)
            let style = Style(index == 0 ? .title : .normal, bold: index == 0)
            if layout.detailsBeside {
                y += buffer.writeWrapped(line, in: row, style: style)
            } else {
                buffer.write(TextWrap.truncate(line, width: rect.width), at: Point(x: rect.x, y: y), style: style)
                y += 1
            }
        }
    }

    /// The lines describing a group: name with priority and signs in words, then its description,
    /// barriers, channels and measures.
    static func detailLines(_ group: TargetGroup, beside: Bool) -> [String] {
        let s = UIStrings.swedish
        var head = [group.name, "\(s.priority) \(group.priority)"]
        if group.hardToReach { head.append(s.hardToReach) }
        if let planned = group.plannedParticipants {
            head.append(s.count(planned, s.plannedParticipantSuffix, s.plannedParticipantsSuffix))
        }
        func list(_ items: [String]) -> String { items.isEmpty ? "–" : items.joined(separator: ", ") }
        var lines = [head.joined(separator: " · ")]
        if beside {
            lines.append(
                s.axisLabel(activity: false, group.affected) + " · " + s.axisLabel(activity: true, group.activity))
        }
        lines += [
            "\(s.groupDescription): \(group.description.isEmpty ? "–" : group.description)",
            "\(s.groupBarriers): \(list(group.barriers))",
            "\(s.groupChannels): \(list(group.channels))",
            "\(s.groupMeasures): \(list(group.measures))",
        ]
        return lines
    }

    private static func renderList(_ layout: GroupsPanelLayout, into buffer: inout ScreenBuffer) {
        for (offset, row) in layout.listRows.enumerated() {
            let rect = layout.listRect
            let role: StyleRole = row.isSelected ? .selection : (row.index == nil ? .header : .normal)
            buffer.write(
                TextWrap.truncate(row.text, width: rect.width), at: Point(x: rect.x, y: rect.y + offset),
                style: Style(role, bold: row.index == nil), clip: rect)
        }
    }

    /// The warnings in words, one a row; the last row counts those that do not fit.
    private static func renderWarnings(
        _ warnings: [PlanningWarning], in rect: Rect, into buffer: inout ScreenBuffer
    ) {
        guard !rect.isEmpty else { return }
        let s = UIStrings.swedish
        var lines = warnings.map { "⚠ \(s.warning): \($0.text)" }
        if lines.count > rect.height {
            let hidden = lines.count - rect.height + 1
            lines = Array(lines.prefix(rect.height - 1)) + ["⚠ +\(s.count(hidden, s.moreWarning, s.moreWarnings))"]
        }
        for (offset, line) in lines.prefix(rect.height).enumerated() {
            buffer.write(
                TextWrap.truncate(line, width: rect.width - 2), at: Point(x: rect.x + 1, y: rect.y + offset),
                style: Style(.warning))
        }
    }
}

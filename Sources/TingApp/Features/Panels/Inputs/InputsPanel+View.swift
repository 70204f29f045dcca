import DialogueKit
import Foundation
import TerminalKit
import TextSafety

extension InputsPanel {
    /// The counts above, the inputs under the filter (only the rows that show are drawn), and a row for
    /// the prompt being typed or, while browsing, the selected input's details.
    func render(_ context: PanelContext, in area: Rect, into buffer: inout ScreenBuffer) -> Point? {
        let layout = InputsPanelLayout(area: area)
        let dialogue = context.dialogue
        let index = currentIndex(for: dialogue)
        renderCounts(index, dialogue: dialogue, in: layout.counts, into: &buffer)
        renderTable(index, dialogue: dialogue, in: layout.table, into: &buffer)
        let s = UIStrings.swedish
        let row = layout.promptRow
        switch mode {
        case .browsing:
            guard let input = index.input(at: list.selected) else { return nil }
            buffer.write(
                TextWrap.truncate(details(of: input, in: dialogue, calendar: context.calendar), width: row.width),
                at: Point(x: row.x, y: row.y), style: Style(.muted), clip: row)
            return nil
        case .typing(let prompt, let editor):
            let label = s.inputsPrompt(prompt)
            buffer.fill(row)
            buffer.write(label, at: Point(x: row.x, y: row.y), style: Style(.key, bold: true), clip: row)
            let x = row.x + DisplayWidth.of(label) + 1
            return FormBox.field(editor, in: Rect(x: x, y: row.y, width: row.maxX - x, height: 1), into: &buffer)
        case .choosing(let choice, let rows, let selection):
            let inner = FormBox.open(
                title: choice.title, width: 50, height: min(rows.count + 2, 16), on: context.screen, into: &buffer)
            Picker.render(rows.map { SafeText.clean($0.title) }, selected: selection.selected, in: inner, into: &buffer)
            return nil
        }
    }

    /// "i12 · dold: upprepning · 2027-01-15 18:39 · Dialogmöte på biblioteket · muntligt · av anna": what
    /// became of it first, so a hidden input's reason shows even where the row is cut short.
    func details(of input: Input, in dialogue: Dialogue, calendar: Calendar) -> String {
        let s = UIStrings.swedish
        var parts = [input.id]
        if let hidden = input.hidden { parts.append("\(s.inputsHidden): \(SafeText.clean(hidden.reason))") }
        if let original = input.duplicateOf { parts.append("\(s.inputsDuplicateOf) \(original)") }
        if let issue = input.sideIssue { parts.append("\(s.inputsSideIssue) \(issue)") }
        let date = LocalDate(input.capturedAt, calendar: calendar)
        parts.append("\(date) \(ClockTime(input.capturedAt, calendar: calendar))")
        if let activity = input.activity {
            parts.append(SafeText.clean(dialogue.activity(activity)?.title ?? activity))
        }
        if let group = input.group { parts.append(SafeText.clean(groupName(group, in: dialogue))) }
        if let source = input.source { parts.append(source.title) }
        if let by = input.capturedBy { parts.append("\(s.inputsCapturedBy) \(SafeText.clean(by))") }
        return parts.joined(separator: " · ")
    }

    private func groupName(_ id: String, in dialogue: Dialogue) -> String {
        dialogue.planning.targetGroups.first { $0.id == id }?.name ?? id
    }

    /// The summary row, then the counts per category, tag and activity, as many rows as there is room for.
    private func renderCounts(_ index: InputsIndex, dialogue: Dialogue, in rect: Rect, into buffer: inout ScreenBuffer)
    {
        guard !rect.isEmpty else { return }
        let s = UIStrings.swedish
        let counts = index.counts
        let total = index.source.count - (filter.includeHidden ? 0 : index.hiddenTotal)
        var summary = "\(s.panelInputs): \(index.rows.count) \(s.inputsOf) \(s.count(total, "inspel", "inspel"))"
        if index.hiddenTotal > 0 { summary += " · \(s.count(index.hiddenTotal, "dolt", "dolda"))" }
        if !marked.isEmpty { summary += " · \(s.count(marked.count, "markerat", "markerade"))" }
        let filters = filterWords(dialogue)
        if !filters.isEmpty { summary += " · \(s.inputsFilterHeading): \(filters)" }
        let categories =
            dialogue.inputCategories.map { "\(SafeText.clean($0.title)) \(counts.byCategory[$0.id] ?? 0)" }
            + (counts.uncategorised > 0 ? ["\(s.meetingNoCategory) \(counts.uncategorised)"] : [])
        let tags = counts.tagsByCount.prefix(20).map { "\(SafeText.clean($0.tag)) \($0.count)" }
        let activities = dialogue.planning.activities.compactMap { activity in
            counts.byActivity[activity.id].map { "\(SafeText.clean(activity.title)) \($0)" }
        }
        // Every category is named, so none is hidden behind an ellipsis: the row goes on in a second one
        // when the handbook's names are long (Vänersborg's four at 80 columns) and there is room for it.
        let packedRows = Self.packed(categories, label: "\(s.inputsCategories): ", width: rect.width)
        var categoryRows = Array(packedRows.prefix(rect.height >= 5 ? 2 : 1))
        if packedRows.count > categoryRows.count { categoryRows[categoryRows.count - 1] += " · …" }
        let lines =
            [(summary, Style(.header, bold: true))] + categoryRows.map { ($0, Style(.normal)) } + [
                ("\(s.inputsTags): " + (tags.isEmpty ? "–" : tags.joined(separator: " · ")), Style(.normal)),
                (
                    "\(s.inputsActivities): " + (activities.isEmpty ? "–" : activities.joined(separator: " · ")),
                    Style(.normal)
                ),
            ]
        for (offset, line) in lines.prefix(rect.height).enumerated() {
            buffer.write(
                TextWrap.truncate(line.0, width: rect.width), at: Point(x: rect.x, y: rect.y + offset), style: line.1,
                clip: rect)
        }
    }

    /// `parts` after `label`, joined by " · " and broken between parts (never inside one) into rows of
    /// `width`, the rows after the first indented under the first part.
    static func packed(_ parts: [String], label: String, width: Int) -> [String] {
        let indent = String(repeating: " ", count: DisplayWidth.of(label))
        var rows: [String] = []
        var row = label
        var rowHasPart = false
        for part in parts {
            let candidate = rowHasPart ? row + " · " + part : row + part
            if rowHasPart, DisplayWidth.of(candidate) > width {
                rows.append(row)
                row = indent + part
            } else {
                row = candidate
            }
            rowHasPart = true
        }
        return rows + [row]
    }

    /// The filter in force in words: "Teman, #trygghet, ”buss”, med dolda".
    private func filterWords(_ dialogue: Dialogue) -> String {
        let s = UIStrings.swedish
        var words: [String] = []
        if let activity = filter.activity { words.append(dialogue.activity(activity)?.title ?? activity) }
        if let category = filter.category { words.append(dialogue.inputCategory(category)?.title ?? category) }
        if let tag = filter.tag { words.append("#" + tag) }
        if let group = filter.group { words.append(groupName(group, in: dialogue)) }
        if !filter.text.isEmpty { words.append("”\(filter.text)”") }
        if filter.includeHidden { words.append(s.inputsWithHidden) }
        return SafeText.clean(words.joined(separator: ", "))
    }

    /// The list: mark, id, text, category, tags (and activity and group when the terminal is wide).
    private func renderTable(_ index: InputsIndex, dialogue: Dialogue, in rect: Rect, into buffer: inout ScreenBuffer) {
        let s = UIStrings.swedish
        let wide = rect.width >= 110
        var columns = [
            Table.Column("", width: 2), Table.Column(s.inputsColumnID, width: 7), Table.Column(s.inputsColumnText),
            Table.Column(s.inputsColumnCategory, width: wide ? 24 : 18),
            Table.Column(s.inputsTags, width: wide ? 20 : 14),
        ]
        if wide {
            columns += [Table.Column(s.inputsActivities, width: 18), Table.Column(s.inputsColumnGroup, width: 14)]
        }
        let empty = index.source.isEmpty ? s.inputsNone : s.inputsNoneMatch
        Table.render(columns: columns, count: index.rows.count, selection: list, empty: empty, in: rect, into: &buffer)
        { row in
            let input = index.source[index.rows[row]]
            var text = SafeText.clean(input.text)
            if let original = input.duplicateOf { text = "= \(original) " + text }
            if let hidden = input.hidden { text = "(\(s.inputsHidden): \(SafeText.clean(hidden.reason))) " + text }
            var cells = [
                marked.contains(input.id) ? "*" : "", input.id, text,
                input.category.map { SafeText.clean(dialogue.inputCategory($0)?.title ?? $0) } ?? "–",
                input.tags.map { SafeText.clean($0) }.joined(separator: ", "),
            ]
            if wide {
                cells.append(input.activity.map { SafeText.clean(dialogue.activity($0)?.title ?? $0) } ?? "")
                cells.append(input.group.map { SafeText.clean(groupName($0, in: dialogue)) } ?? "")
            }
            return cells
        }
    }
}

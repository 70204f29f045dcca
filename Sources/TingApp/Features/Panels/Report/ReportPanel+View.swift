import DialogueKit
import TerminalKit

/// The Rapport panel's view: a heading row with the lines shown, the report's text under it from the line
/// scrolled to, and the export picker, file-name prompt or overwrite question over it.
extension ReportPanel {
    func render(_ context: PanelContext, in area: Rect, into buffer: inout ScreenBuffer) -> Point? {
        let s = UIStrings.swedish
        guard !area.isEmpty else { return nil }
        let lines = currentPreview(context).lines
        let page = Self.page(area)
        let first = min(scroll, max(0, lines.count - page))
        let last = min(lines.count, first + page)
        let position = s.linesShown(first + 1, last, of: lines.count)
        let heading = Rect(x: area.x, y: area.y, width: area.width, height: 1)
        buffer.write(
            TextWrap.truncate(s.reportPreviewTitle, width: max(1, area.width - DisplayWidth.of(position) - 3)),
            at: Point(x: area.x + 1, y: area.y), style: Style(.header, bold: true), clip: heading)
        buffer.write(
            position, at: Point(x: area.maxX - DisplayWidth.of(position) - 1, y: area.y), style: Style(.muted),
            clip: heading)
        let body = area.inset(top: 1, left: 1)
        for (row, line) in lines[first..<last].enumerated() {
            buffer.write(line, at: Point(x: body.x, y: body.y + row), style: Style(.normal), clip: body)
        }
        return renderMode(context, into: &buffer)
    }

    /// The picker, prompt or question the mode shows over the preview; returns where the cursor goes.
    private func renderMode(_ context: PanelContext, into buffer: inout ScreenBuffer) -> Point? {
        let s = UIStrings.swedish
        switch mode {
        case .browsing:
            return nil
        case .choosingFormat(let selected):
            let rows = ExportChoice.all.map { "\($0.label) (.\($0.format.fileExtension))" }
            // The frame, its padding and the picker's marker around the widest row.
            let width = (rows.map { DisplayWidth.of($0) }.max() ?? 20) + 8
            let inner = FormBox.open(
                title: s.chooseExport, width: width, height: rows.count + 2, on: context.screen, into: &buffer)
            Picker.render(rows, selected: selected, in: inner, into: &buffer)
            return nil
        case .naming(let choice, let editor):
            let inner = FormBox.open(
                title: "\(s.exportFileName) · \(choice.label)", width: Self.promptWidth, height: 8,
                on: context.screen, into: &buffer)
            let note = inner.inset(top: inner.height - 3)
            buffer.writeWrapped("\(s.exportFolderNote) \(context.exportFolder)", in: note, style: Style(.muted))
            return FormBox.field(editor, in: inner.inset(bottom: 3), into: &buffer)
        case .confirmingOverwrite(let job):
            Overlay.render(
                title: s.exportOverwriteTitle, lines: [job.resolvedPath, "", s.exportOverwriteQuestion, s.yesNo],
                in: Rect(context.screen), into: &buffer)
            return nil
        }
    }
}

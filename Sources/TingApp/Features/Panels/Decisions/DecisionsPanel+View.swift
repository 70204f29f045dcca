import DialogueKit
import TerminalKit

extension DecisionsPanel {
    /// The register above; under it, what the selected decision was based on; the form or question over it.
    func render(_ context: PanelContext, in area: Rect, into buffer: inout ScreenBuffer) -> Point? {
        let s = UIStrings.swedish
        let decisions = context.dialogue.followUp.decisions
        let inner = area.inset(left: 1, right: 1)
        guard !inner.isEmpty else { return nil }
        let basisRows = inner.height >= 12 ? max(4, inner.height * 2 / 5) : 0
        let (top, bottom) = inner.splitBottom(basisRows)
        RecordTable.render(
            decisions, title: s.decisionsTitle, empty: s.noDecisions, selection: register.selection,
            in: top.inset(bottom: basisRows > 0 ? 1 : 0), into: &buffer)
        if !bottom.isEmpty, let cache = currentBasis(for: context.dialogue) {
            renderBasis(cache.basis, in: bottom, into: &buffer)
        }
        if let draft, let form = register.form, form.recordID == nil {
            return RecordFormView.render(form, record: draft, title: s.newDecisionTitle, into: &buffer)
        }
        return RecordFormView.renderOverlay(register, records: decisions, into: &buffer)
    }

    /// "Vad grundades beslutet på? 2 teman · …", then a line per theme and input, as many as fit.
    private func renderBasis(_ basis: DecisionBasis, in rect: Rect, into buffer: inout ScreenBuffer) {
        let s = UIStrings.swedish
        buffer.write(
            TextWrap.truncate("\(s.basisHeading) \(DecisionBasisText.summary(basis))", width: rect.width),
            at: Point(x: rect.x, y: rect.y), style: Style(.header, bold: true), clip: rect)
        let lines = DecisionBasisText.lines(basis)
        let room = rect.inset(top: 1, left: 2)
        guard !lines.isEmpty else {
            buffer.writeWrapped(s.basisNone, in: room, style: Style(.muted))
            return
        }
        let shown = lines.count > room.height ? Array(lines.prefix(max(0, room.height - 1))) + [s.basisMore] : lines
        for (offset, line) in shown.prefix(room.height).enumerated() {
            buffer.write(
                TextWrap.truncate(line, width: room.width), at: Point(x: room.x, y: room.y + offset),
                style: Style(.normal), clip: room)
        }
    }
}

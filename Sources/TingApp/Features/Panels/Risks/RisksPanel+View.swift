import DialogueKit
import TerminalKit

extension RisksPanel {
    /// The risk register above, the log of side issues below; the list in front is marked ▸. On a short
    /// terminal, the list in front alone.
    func render(_ context: PanelContext, in area: Rect, into buffer: inout ScreenBuffer) -> Point? {
        let s = UIStrings.swedish
        let planning = context.dialogue.planning
        let inner = area.inset(left: 1, right: 1)
        guard !inner.isEmpty else { return nil }
        let isShort = inner.height < 10
        var (top, bottom) = inner.splitTop((inner.height + 1) / 2)
        top = top.inset(bottom: 1)
        if isShort { (top, bottom) = inner.splitTop(list == .risks ? inner.height : 0) }
        RecordTable.render(
            planning.risks, title: s.risksTitle, empty: s.noRisks,
            selection: list == .risks ? risks.selection : nil, in: top, into: &buffer)
        RecordTable.render(
            planning.sideIssues, title: s.sideIssuesTitle, empty: s.noSideIssues,
            selection: list == .sideIssues ? sideIssues.selection : nil, in: bottom, into: &buffer)
        return RecordFormView.renderOverlay(risks, records: planning.risks, into: &buffer)
            ?? RecordFormView.renderOverlay(sideIssues, records: planning.sideIssues, into: &buffer)
    }
}

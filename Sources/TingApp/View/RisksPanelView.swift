import DialogueKit
import TerminalKit

/// The Risker panel: the risk register above, the log of side issues below; the list in front is marked ▸.
enum RisksPanelView {
    /// Returns where the cursor goes while a field is being typed.
    static func render(_ d: DialogueScreenState, in area: Rect, into buffer: inout ScreenBuffer) -> Point? {
        let s = UIStrings.swedish
        let panel = d.risks
        let planning = d.dialogue.planning
        let inner = area.inset(left: 1, right: 1)
        guard !inner.isEmpty else { return nil }
        // On a short terminal, the list in front alone.
        let isShort = inner.height < 10
        var (top, bottom) = inner.splitTop((inner.height + 1) / 2)
        top = top.inset(bottom: 1)
        if isShort { (top, bottom) = inner.splitTop(panel.list == .risks ? inner.height : 0) }
        RecordTable.render(
            planning.risks, title: s.risksTitle, empty: s.noRisks,
            selected: panel.list == .risks ? panel.risks.selected : nil, in: top, into: &buffer)
        RecordTable.render(
            planning.sideIssues, title: s.sideIssuesTitle, empty: s.noSideIssues,
            selected: panel.list == .sideIssues ? panel.sideIssues.selected : nil, in: bottom, into: &buffer)
        return RecordFormView.renderOverlay(panel.risks, records: planning.risks, into: &buffer)
            ?? RecordFormView.renderOverlay(panel.sideIssues, records: planning.sideIssues, into: &buffer)
    }
}

import DialogueKit

/// The Risker panel: the risk register on top, the log of side issues below; Tab switches between them.
struct RisksPanelState: Sendable {
    /// The two lists of the panel.
    enum List: Sendable {
        case risks, sideIssues
    }

    /// The list that has the selection.
    var list: List = .risks
    var risks = RecordListState<Risk>()
    var sideIssues = RecordListState<SideIssue>()
}

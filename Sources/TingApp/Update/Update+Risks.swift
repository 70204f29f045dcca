import TerminalKit

extension AppState {
    /// Keys in the Risker panel: Tab switches between the risk register and the side issues,
    /// the other keys go to the list in front.
    mutating func handleRisksKey(_ key: Key, in d: inout DialogueScreenState) -> [Effect]? {
        var panel = d.risks
        defer { d.risks = panel }
        let isBusy = panel.risks.isBusy || panel.sideIssues.isBusy
        if !isBusy, key == .tab || key == .backTab {
            panel.list = panel.list == .risks ? .sideIssues : .risks
            return []
        }
        return switch panel.list {
        case .risks: handleRecordListKey(key, list: &panel.risks, in: &d)
        case .sideIssues: handleRecordListKey(key, list: &panel.sideIssues, in: &d)
        }
    }
}

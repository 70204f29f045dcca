import DialogueKit
import TerminalKit

extension PanelID {
    /// The Risker panel of Planering.
    public static let risks = PanelID("risks")
}

/// The Risker panel: the risk register on top, the log of side issues below; Tab switches between them.
struct RisksPanel: Panel {
    /// The two lists of the panel.
    enum List: Sendable {
        case risks, sideIssues
    }

    /// What the panel's keys ask for: Tab switches lists, the other keys go to the list in front.
    enum Action: Sendable {
        case switchList
        case list(RecordListAction)
    }

    static let id = PanelID.risks
    static var title: String { UIStrings.swedish.panelRisks }

    /// The list that has the selection.
    var list: List = .risks
    var risks = RecordListState<Risk>()
    var sideIssues = RecordListState<SideIssue>()

    var isBrowsing: Bool { !risks.isBusy && !sideIssues.isBusy }

    func keyMap(in context: PanelContext) -> KeyMap<Action> {
        let front = (list == .risks ? risks.keyMap() : sideIssues.keyMap()).map(Action.list)
        guard isBrowsing else { return front }
        let tab = KeyBinding([.tab, .backTab], "Tab", UIStrings.swedish.keySwitchList)
        return KeyMap([(tab, .switchList)]) + front
    }

    mutating func perform(_ action: Action, key: Key, in context: inout PanelContext) -> [Effect] {
        switch (action, list) {
        case (.switchList, _):
            list = list == .risks ? .sideIssues : .risks
            return []
        case (.list(let action), .risks): return risks.perform(action, key: key, in: &context)
        case (.list(let action), .sideIssues): return sideIssues.perform(action, key: key, in: &context)
        }
    }

    mutating func typed(_ key: Key, in context: inout PanelContext) -> [Effect]? {
        list == .risks ? risks.typed(key) : sideIssues.typed(key)
    }

    mutating func dialogueChanged(_ dialogue: Dialogue) {
        risks.selection.clamp(count: dialogue.planning.risks.count)
        sideIssues.selection.clamp(count: dialogue.planning.sideIssues.count)
    }
}

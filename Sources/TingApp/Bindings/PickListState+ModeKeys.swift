import TerminalKit

extension PickListState {
    /// Runs a key of `ModeBindings.pickList`: moves, asks y/n about the selected entry when `isChoosable`
    /// allows it, answers the question, or closes.
    mutating func perform(_ action: ModeAction?, key: Key, isChoosable: (Entry) -> Bool) -> PickListAction<Entry> {
        switch action {
        case .move: move(key)
        case .choose: ask(isChoosable: isChoosable)
        case .confirm: return answer(yes: true)
        case .decline: return answer(yes: false)
        case .close: return .close
        default: break
        }
        return .none
    }
}

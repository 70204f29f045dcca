extension PickListState {
    /// Moves with ↑↓ (j/k, Home/End, PgUp/PgDn); Enter asks y/n about the selected entry when `isChoosable`
    /// allows it, answered as every question is (`Key.confirms`, `Key.declines`); Esc, q or `closeKey`
    /// leaves the list.
    public mutating func handle(_ key: Key, closeKey: Character, isChoosable: (Entry) -> Bool) -> PickListAction<Entry>
    {
        if isConfirming {
            if key.confirms || key.declines { isConfirming = false }
            guard key.confirms, let entry = selectedEntry else { return .none }
            return .choose(entry)
        }
        if let moved = ListSelection.moved(selected, by: key, count: entries?.count ?? 0, page: 5) {
            selected = moved
            return .none
        }
        switch key {
        case .enter:
            if let entry = selectedEntry, isChoosable(entry) { isConfirming = true }
        case .escape, .character("q"): return .close
        case .character(let c) where c == closeKey: return .close
        default: break
        }
        return .none
    }
}

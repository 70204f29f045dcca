extension PickListState {
    /// Moves the selection as `key` asks (↑↓, j/k, Home/End, PgUp/PgDn; see `ListSelection.moved`).
    public mutating func move(_ key: Key) {
        selected = ListSelection.moved(selected, by: key, count: entries?.count ?? 0, page: 5) ?? selected
    }

    /// Asks y/n about the selected entry when `isChoosable` allows it.
    public mutating func ask(isChoosable: (Entry) -> Bool) {
        if let entry = selectedEntry, isChoosable(entry) { isConfirming = true }
    }

    /// The answer to the question: the entry to act on when it was yes, nil when it was no.
    public mutating func answer(yes: Bool) -> PickListAction<Entry> {
        isConfirming = false
        guard yes, let entry = selectedEntry else { return .none }
        return .choose(entry)
    }
}

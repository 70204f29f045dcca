/// One step from an old list of entries to a new one, matched by id: what `DialogueChanges` words for
/// planning lists and for the lists inside an entry (agenda points, checklist rows).
enum ListEdit<Entry: Identifiable & Equatable> {
    case added(Entry)
    case changed(from: Entry, to: Entry)
    case removed(Entry)
    /// The entries both lists hold are in another order.
    case reordered

    /// The steps from `old` to `new`: added and changed entries in the new list's order, then the removed
    /// ones in the old list's order, then `.reordered` when the kept entries moved.
    static func steps(from old: [Entry], to new: [Entry]) -> [ListEdit] {
        let previous = Dictionary(old.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let current = Set(new.map(\.id))
        var steps: [ListEdit] = []
        for entry in new {
            guard let before = previous[entry.id] else {
                steps.append(.added(entry))
                continue
            }
            if before != entry { steps.append(.changed(from: before, to: entry)) }
        }
        steps += old.filter { !current.contains($0.id) }.map { .removed($0) }
        if old.map(\.id).filter(current.contains) != new.map(\.id).filter({ previous[$0] != nil }) {
            steps.append(.reordered)
        }
        return steps
    }
}

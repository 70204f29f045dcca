/// Replace, move and remove by id in the planning's lists (goals, activities, …), which keep their order.
extension Array where Element: Identifiable {
    /// Replaces the element with the same id; false when there is none.
    mutating func replace(_ element: Element) -> Bool {
        guard let index = firstIndex(where: { $0.id == element.id }) else { return false }
        self[index] = element
        return true
    }

    /// Moves the element with an id `offset` places towards the end (negative: the start), stopping at
    /// the ends; returns its index before and after, or nil when there is no such element.
    mutating func move(id: Element.ID, by offset: Int) -> (from: Int, to: Int)? {
        guard let from = firstIndex(where: { $0.id == id }) else { return nil }
        let to = Swift.min(Swift.max(0, from + offset), count - 1)
        if to != from { insert(remove(at: from), at: to) }
        return (from, to)
    }

    /// Removes the element with an id; false when there is none.
    mutating func remove(id: Element.ID) -> Bool {
        guard let index = firstIndex(where: { $0.id == id }) else { return false }
        remove(at: index)
        return true
    }
}

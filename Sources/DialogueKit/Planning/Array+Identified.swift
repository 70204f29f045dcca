extension Array where Element: Identifiable, Element.ID == String {
    /// Replaces the element with the same id; false when there is none.
    mutating func replace(with element: Element) -> Bool {
        guard let index = firstIndex(where: { $0.id == element.id }) else { return false }
        self[index] = element
        return true
    }

    /// Removes the element with this id; false when there is none.
    mutating func remove(id: String) -> Bool {
        guard let index = firstIndex(where: { $0.id == id }) else { return false }
        remove(at: index)
        return true
    }
}

import Foundation

extension Dialogue {
    /// Whether a method card with this id is chosen for the dialogue.
    public func hasMethod(_ id: String) -> Bool {
        methods.contains { $0.id == id }
    }

    /// Chooses a method card, or removes it when it is already chosen; the card is copied into
    /// the dialogue so the file stays meaningful without the catalogue.
    public mutating func toggleMethod(_ card: MethodCard, at now: Date) {
        if let index = methods.firstIndex(where: { $0.id == card.id }) {
            methods.remove(at: index)
        } else {
            methods.append(card)
        }
        modifiedAt = now
    }
}

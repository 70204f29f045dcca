import Foundation

extension Dialogue {
    /// Applies an edit to one item, recording who made it and when.
    /// Throws when the item does not exist, the edit does not fit its kind,
    /// or a level id is not on the dialogue's ladder.
    public mutating func apply(_ edit: ItemEdit, to itemID: String, by actor: String, at now: Date)
        throws(DialogueError)
    {
        guard let (p, i) = location(of: itemID) else { throw .noSuchItem(itemID) }
        var item = phases[p].items[i]
        guard edit.kinds.contains(item.kind) else {
            throw .wrongKind(itemID: itemID, kind: item.kind, expected: edit.kinds)
        }
        switch edit {
        case .done(let done): item.done = done ? true : nil
        case .answer(let answer): item.answer = answer
        case .response(let text):
            let trimmed = text?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
            if item.kind == .level, !trimmed.isEmpty, !levels.contains(where: { $0.id == trimmed }) {
                throw .noSuchLevel(trimmed, known: levels.map(\.id))
            }
            item.response = trimmed.isEmpty ? nil : text
        case .date(let date): item.date = date
        }
        item.lastChange = ItemChange(by: actor, at: now)
        phases[p].items[i] = item
        markModified(by: actor, at: now)
    }

    /// Records who changed the dialogue last, and when.
    public mutating func markModified(by actor: String, at now: Date) {
        modifiedAt = now
        modifiedBy = actor
    }

    /// Phase and item index of an item id.
    public func location(of itemID: String) -> (phase: Int, item: Int)? {
        for (p, phase) in phases.enumerated() {
            if let i = phase.items.firstIndex(where: { $0.id == itemID }) { return (p, i) }
        }
        return nil
    }
}

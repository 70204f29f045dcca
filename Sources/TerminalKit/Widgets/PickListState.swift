/// A list to choose one entry from and act on it after a y/n question: the history view's versions and
/// the trash view's dialogues.
public struct PickListState<Entry: Sendable>: Sendable {
    /// The entries; nil until they have been read.
    public var entries: [Entry]?
    public var selected = 0
    /// Waiting for y/n before acting on the selected entry.
    public var isConfirming = false

    public init(entries: [Entry]? = nil) {
        self.entries = entries
    }

    /// Shows the entries read, the selection kept on one of them.
    public mutating func show(_ read: [Entry]) {
        entries = read
        selected = min(selected, max(0, read.count - 1))
    }

    /// The entry under the selection, if any.
    public var selectedEntry: Entry? {
        guard let entries, entries.indices.contains(selected) else { return nil }
        return entries[selected]
    }
}

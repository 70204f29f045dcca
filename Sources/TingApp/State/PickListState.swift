import Foundation

/// A list to choose one entry from and act on it after a y/n question: the history view's versions and
/// the trash view's dialogues.
public struct PickListState<Entry: Sendable>: Sendable {
    /// The entries; nil until they have been read.
    public var entries: [Entry]?
    public var selected = 0
    /// Waiting for y/n before acting on the selected entry.
    public var isConfirming = false
    /// The time zone times are shown in; the runtime gives the user's with the entries.
    public var timeZone: TimeZone

    public init(entries: [Entry]? = nil, timeZone: TimeZone = .gmt) {
        self.entries = entries
        self.timeZone = timeZone
    }

    /// The entry under the selection, if any.
    public var selectedEntry: Entry? {
        guard let entries, entries.indices.contains(selected) else { return nil }
        return entries[selected]
    }
}

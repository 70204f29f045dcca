/// The state of a selectable list with scrolling: which entry is selected and which is the first shown.
/// The list's length and height come from the caller, so the state never holds the entries themselves.
public struct ListSelection: Hashable, Sendable {
    /// Index of the selected entry.
    public var selected: Int
    /// Index of the first entry shown.
    public var scroll: Int

    public init(selected: Int = 0, scroll: Int = 0) {
        self.selected = selected
        self.scroll = scroll
    }

    /// The keys that move a selection: ↑↓ and j/k one entry, PgUp/PgDn a page, Home/End to the ends.
    public static let moveKeys: [Key] = [
        .up, .down, .character("k"), .character("j"), .pageUp, .pageDown, .home, .end,
    ]

    /// The binding of `moveKeys`, described as `label` ("flytta").
    public static func moveBinding(_ label: String) -> KeyBinding {
        KeyBinding(moveKeys, "↑↓", label)
    }

    /// Moves the selection as `key` asks in a list of `count` entries, a page being `page` entries;
    /// returns false for a key that does not move it.
    @discardableResult
    public mutating func move(_ key: Key, count: Int, page: Int = 5) -> Bool {
        guard let moved = ListSelection.moved(selected, by: key, count: count, page: page) else { return false }
        selected = moved
        return true
    }

    /// Where `key` moves a selection at `selected` in a list of `count` entries; nil for a key that does
    /// not move it.
    public static func moved(_ selected: Int, by key: Key, count: Int, page: Int) -> Int? {
        let last = max(0, count - 1)
        return switch key {
        case .up, .character("k"): max(0, selected - 1)
        case .down, .character("j"): min(last, selected + 1)
        case .home: 0
        case .end: last
        case .pageUp: max(0, selected - page)
        case .pageDown: min(last, selected + page)
        default: nil
        }
    }

    /// Keeps the selection on an entry of a list of `count` (the first when it is empty).
    public mutating func clamp(count: Int) {
        selected = min(max(0, selected), max(0, count - 1))
    }

    /// Scrolls as little as possible so the selection shows in `height` rows.
    public mutating func scrollToSelection(count: Int, height: Int) {
        scroll = Viewport.offset(selected: selected, count: count, height: height, previous: scroll)
    }

    /// The entries shown in `height` rows from the scroll position, the selection kept in view.
    public func visibleRange(count: Int, height: Int) -> Range<Int> {
        let first = Viewport.offset(selected: selected, count: count, height: height, previous: scroll)
        return first..<min(count, first + max(0, height))
    }
}

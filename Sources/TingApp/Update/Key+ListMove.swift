import TerminalKit

extension Key {
    /// Where this key moves a selection in a list of `count` entries: ↑↓ and j/k one entry, PgUp/PgDn
    /// `page` entries, Home/End to the ends; nil for a key that does not move it.
    func movedSelection(_ selected: Int, count: Int, page: Int) -> Int? {
        let last = max(0, count - 1)
        return switch self {
        case .up, .character("k"): max(0, selected - 1)
        case .down, .character("j"): min(last, selected + 1)
        case .home: 0
        case .end: last
        case .pageUp: max(0, selected - page)
        case .pageDown: min(last, selected + page)
        default: nil
        }
    }
}

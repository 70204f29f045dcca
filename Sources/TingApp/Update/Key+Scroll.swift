import TerminalKit

extension Key {
    /// How many rows this key scrolls a text `page` rows high: ↑↓ and j/k one, PgUp/PgDn and Space a
    /// page (up is negative); nil for a key that does not scroll.
    func scrollStep(page: Int) -> Int? {
        switch self {
        case .up, .character("k"): -1
        case .down, .character("j"): 1
        case .pageUp: -page
        case .pageDown, .character(" "): page
        default: nil
        }
    }
}

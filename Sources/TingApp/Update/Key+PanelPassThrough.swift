import TerminalKit

extension Key {
    /// Whether a key a Planering panel does not use goes on to the dialogue screen: panel and phase
    /// switching, details, history, help, the banner in full and back. Other keys (Space, y, n, …) would act on the hidden checklist, so a
    /// panel swallows them.
    var passesFromPanel: Bool {
        switch self {
        case .tab, .backTab, .left, .right, .escape, .character("h"), .character("l"), .character("["),
            .character("]"), .character("?"), .character("q"), .character("e"), .character("v"),
            .character("S"):
            true
        case .character(let c): ("1"..."5").contains(c)
        default: false
        }
    }
}

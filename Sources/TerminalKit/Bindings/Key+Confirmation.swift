extension Key {
    /// y or Y answers yes to a question such as "Ta bort?". j is not accepted: it moves down
    /// everywhere else, so a user still moving must never delete by it.
    public var confirms: Bool { self == .character("y") || self == .character("Y") }

    /// n, N, Esc or q answers no.
    public var declines: Bool {
        switch self {
        case .character("n"), .character("N"), .character("q"), .escape: true
        default: false
        }
    }
}

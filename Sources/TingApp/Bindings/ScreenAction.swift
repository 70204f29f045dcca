/// What the dialogue screen's own keys ask for, on the checklist and on every panel while it is browsing.
enum ScreenAction: Sendable {
    /// `]` or `[`: the next or previous panel of the phase.
    case switchPanel
    /// 1–5: the phase of that number.
    case choosePhase
    /// Tab/Shift-Tab, ←→, h/l: the next or previous phase.
    case stepPhase
    case help
    case back
    case details
    case history
    case fullBanner
}

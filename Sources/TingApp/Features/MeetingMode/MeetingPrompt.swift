import TerminalKit

/// A prompt that takes the capture line's place for a moment; the typed input waits under it.
enum MeetingPrompt: Equatable, Sendable {
    /// Typing a tag.
    case tag(TextEditor)
    /// Choosing a target group: the typed words narrow the list (`TargetGroupChoice`).
    case group(TargetGroupChoice)
}

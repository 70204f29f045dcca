/// What a key asks for in meeting mode; `MeetingState.perform` does it.
enum MeetingAction: Equatable, Sendable {
    /// Enter: the typed input goes into the dialogue, with its time, activity, agenda point and labels.
    case capture
    /// F2: the next category, for the input being typed or else the last one.
    case nextCategory
    /// F3: type a tag for the input being typed or else the last one.
    case openTag
    /// F4: choose the speaker's target group for the input being typed or else the last one.
    case openGroup
    /// F5 / F6: the agenda point before or after the current one.
    case agendaPoint
    /// F7 / F8: one less or one more on the selected attendance count.
    case attendance
    /// F9: tick or untick the selected checklist row.
    case tick
    /// Tab: ↑↓ move in the other list (checklist or attendance).
    case switchSide
    /// ↑↓ PgUp PgDn: move in the list Tab chose, or in the target-group choice.
    case move
    /// Enter in a prompt: add the tag, or take the target group chosen.
    case confirmPrompt
    /// Esc in a prompt: close it, changing nothing.
    case cancelPrompt
    /// F1: the key help.
    case help
    /// Esc: back to the activity; what is typed stays on the line for next time.
    case leave
}

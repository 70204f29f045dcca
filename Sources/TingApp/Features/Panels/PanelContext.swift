import DialogueKit
import Foundation
import TerminalKit

/// What a panel sees of the world for one key, click or frame, and what it may change besides its own
/// state: the open dialogue (change it and return `save()` to save it, recorded for undo by the host),
/// the status line and the help overlay. Time, actor and calendar come in here, so a panel stays pure.
struct PanelContext {
    /// The open dialogue; the host takes it back after `perform`.
    var dialogue: Dialogue
    /// The dialogue's file stem, for saving.
    let stem: String
    /// Whether the dialogue opened read-only (every change is then refused).
    let isReadOnly: Bool
    /// The clock's "now" for the change being made.
    let now: Date
    /// Who is recorded as having made a change.
    let actor: String
    /// The calendar in which `now` is a date.
    let calendar: Calendar
    /// The whole terminal.
    let screen: Size
    /// Where the panel is drawn: geometry for scrolling, clicks and editor widths.
    let area: Rect
    /// One line of feedback: set it to say what happened or went wrong.
    var status: StatusLine?
    /// Set to open the help overlay.
    var opensHelp = false
    /// Set to an activity's id to open meeting mode for it (the Aktiviteter panel's `M`).
    var opensMeeting: String?
    /// Set to bring another panel of the phase to the front (meeting mode going back to where it was opened).
    var opensPanel: PanelID?
    /// Set to show a long text whole in the screen's text viewer (Esc comes back to the panel).
    var reading: TextViewer?
    /// Where an export is suggested and a file name without a folder is written (`AppState.exportFolder`).
    var exportFolder = ""

    /// Today's date, `now` in the calendar.
    var today: LocalDate { LocalDate(now, calendar: calendar) }

    /// The effect that saves the open dialogue as it is now.
    func save() -> [Effect] { [.save(dialogue, stem: stem)] }

    /// True, with a status line saying why, when the dialogue is read-only and cannot change.
    mutating func refusesChange() -> Bool {
        guard isReadOnly else { return false }
        status = StatusLine(UIStrings.swedish.readOnlyRefusal, isError: true)
        return true
    }

    /// Applies a change (given the clock's now) and saves it when it reports that something changed;
    /// refuses when the dialogue is read-only.
    mutating func change(_ body: (inout Dialogue, Date) -> Bool) -> [Effect] {
        guard !refusesChange(), body(&dialogue, now) else { return [] }
        return save()
    }

    /// Applies a change that can fail: saves it, or shows the error in the status line.
    mutating func attempt(_ body: (inout Dialogue, Date) throws(DialogueError) -> Void) -> [Effect] {
        guard !refusesChange() else { return [] }
        do {
            try body(&dialogue, now)
        } catch {
            status = StatusLine(error.description, isError: true)
            return []
        }
        return save()
    }

    /// Shows a problem in the status line.
    mutating func fail(_ text: String) {
        status = StatusLine(text, isError: true)
    }
}

import DialogueKit
import Foundation

extension AppState {
    /// True, with a status line saying why, when the open dialogue is read-only and cannot change.
    mutating func refusesChange(to d: DialogueScreenState) -> Bool {
        guard d.isReadOnly else { return false }
        status = StatusLine(UIStrings.swedish.readOnlyRefusal, isError: true)
        return true
    }

    /// Applies a change to the open dialogue (given the clock's now) and asks for a save when it
    /// reports that something changed; refuses when the dialogue is read-only.
    mutating func saveChange(to d: inout DialogueScreenState, _ change: (inout Dialogue, Date) -> Bool) -> [Effect] {
        guard !refusesChange(to: d), change(&d.dialogue, now) else { return [] }
        return [.save(d.dialogue, stem: d.stem)]
    }
}

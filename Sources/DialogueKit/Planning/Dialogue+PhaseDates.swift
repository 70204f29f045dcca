import Foundation

extension Dialogue {
    /// Sets a phase's start or end date that the checklist has no date item for, keeping it in the
    /// planning; false, changing nothing, when the checklist has an item for it (edit that item
    /// through `apply(_:to:by:at:)`, so its change is recorded) or the date is already so.
    @discardableResult
    public mutating func setPlannedDate(_ date: LocalDate?, for slot: ScheduleSlot, at now: Date) -> Bool {
        guard scheduleItem(for: slot) == nil else { return false }
        var dates = planning.dates(of: slot.phase)
        guard dates[slot.bound] != date else { return false }
        dates[slot.bound] = date
        planning.phaseDates.removeAll { $0.phase == slot.phase }
        if dates.start != nil || dates.end != nil {
            planning.phaseDates.append(dates)
            planning.phaseDates.sort { $0.phase < $1.phase }
        }
        modifiedAt = now
        return true
    }
}

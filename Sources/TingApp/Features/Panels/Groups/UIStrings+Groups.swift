import DialogueKit

/// The strings of the Målgrupper panel (the representation model and its target groups).
extension UIStrings {
    public var panelGroups: String { "Målgrupper" }
    public var priority: String { "Prioritet" }
    public var axisAffected: String { "Berörd" }
    public var axisActivity: String { "Aktivitet i samhällsdebatten" }
    public var axisActivityShort: String { "Aktivitet" }
    public var hardToReach: String { "svår att nå" }
    public var hardToReachSign: String { "!" }
    public var reachPlanSign: String { "✓" }
    public var groupsLegend: String { "! svår att nå · ✓ plan för att nå" }
    public var moreGroups: String { "till" }
    public var noGroups: String { "Inga målgrupper än." }
    public var noGroupSelected: String { "Ingen målgrupp vald. Tryck a för att lägga till en här." }
    public var newGroupTitle: String { "Ny målgrupp i prioritet" }
    public var groupFormTitle: String { "Målgrupp" }
    public var groupName: String { "Namn" }
    public var groupDescription: String { "Beskrivning" }
    public var groupBarriers: String { "Trösklar" }
    public var groupChannels: String { "Kanaler" }
    public var groupMeasures: String { "Åtgärder" }
    public var groupParticipants: String { "Planerade deltagare" }
    public var groupAddOther: String { "+ annan (skriv)" }
    public var groupAddMeasure: String { "+ ny åtgärd (skriv)" }
    public var yes: String { "ja" }
    public var no: String { "nej" }
    public var plannedParticipantSuffix: String { "planerad deltagare" }
    public var plannedParticipantsSuffix: String { "planerade deltagare" }
    public var groupNameMissing: String { "Skriv ett namn på målgruppen först." }
    public var invalidPlannedParticipants: String {
        "Skriv antalet planerade deltagare som ett heltal, till exempel 25."
    }
    public var confirmRemoveGroupTitle: String { "Ta bort målgruppen?" }
    public var confirmRemoveGroupBody: String { "tas bort ur dialogen med trösklar, kanaler och åtgärder." }
    public var groupRemoved: String { "Tog bort målgruppen" }
    public var warning: String { "Varning" }
    public var moreWarning: String { "varning till" }
    public var moreWarnings: String { "varningar till" }
    public var keyAddGroup: String { "ny grupp" }
    public var keyMoveGroup: String { "flytta gruppen" }
    public var keyEditGroup: String { "öppna" }
    public var keyRemoveGroup: String { "ta bort" }
    public var keyTick: String { "välj" }
    public var keyCloseForm: String { "stäng" }

    /// "Berörd: hög", "Aktivitet i samhällsdebatten: låg" (or "Aktivitet: låg" when `short`).
    func axisLabel(activity: Bool, _ level: GridLevel, short: Bool = false) -> String {
        let axis = activity ? (short ? axisActivityShort : axisActivity) : axisAffected
        return "\(axis): \(level.swedishName)"
    }

    /// The form's label for a list.
    func label(of field: TargetGroupForm.ListField) -> String {
        switch field {
        case .barriers: groupBarriers
        case .channels: groupChannels
        case .measures: groupMeasures
        }
    }
}

import DialogueKit
import TerminalKit

@testable import TingApp

/// Dialogues with target groups in the representation model, drawn both ways.
enum GroupFixtures {
    /// Helsingborg's drawing: activity up the grid, the priority corner bottom right.
    static let helsingborg = RepresentationModel(
        orientation: .activityVertical,
        descriptions: [
            "Berörda men sällan aktiva: hit ska extra krut läggas.", "Berörda och aktiva.",
            "Aktiva men inte berörda.", "Varken berörda eller aktiva.",
        ])

    /// Vänersborg's drawing: berörd up the grid, low activity on the left, priority 1 top left.
    static let vanersborg = RepresentationModel(
        orientation: .affectedVertical,
        descriptions: [
            "Berörda och lågaktiva.", "Berörda och aktiva.", "Icke berörda och aktiva.",
            "Icke berörda och icke aktiva.",
        ])

    static let groups = [
        TargetGroup(
            id: "g1", name: "Barn 6–12 år i Råå", description: "Använder lekplatsen varje dag.", affected: .high,
            activity: .low, hardToReach: true, barriers: ["brist på kunskap"], channels: ["direkt kontakt"],
            measures: ["Förmöten på skolan"], plannedParticipants: 40),
        TargetGroup(
            id: "g2", name: "Föräldrar med små barn", affected: .high, activity: .high, channels: ["sociala medier"]),
        TargetGroup(id: "g3", name: "Nyanlända familjer", affected: .high, activity: .low, hardToReach: true),
        TargetGroup(id: "g4", name: "Föreningen Rååns vänner", affected: .low, activity: .high),
    ]

    /// The fixture dialogue with the groups and a model drawn the given way.
    static func state(_ model: RepresentationModel, size: Size) -> AppState {
        var state = AppState(
            size: size, templates: [Fixtures.template], methodCards: Fixtures.methodCards,
            libraryPath: "/tmp/bibliotek", actor: "anna", now: Fixtures.now)
        var dialogue = Fixtures.dialogue()
        dialogue.representation = model
        dialogue.planning.targetGroups = groups
        state.open(LoadedDialogue(stem: "lekplats-i-raa", dialogue: dialogue, isReadOnly: false, readOnlyReason: nil))
        return state
    }

    /// Goes to Planering's Målgrupper panel.
    static func openGroups(_ state: inout AppState) {
        for key: Key in [.character("2"), .character("]")] { _ = update(&state, .keyPressed(key)) }
    }
}

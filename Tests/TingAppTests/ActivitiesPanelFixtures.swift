import DialogueKit
import Foundation
import TerminalKit

@testable import TingApp

/// The fixture dialogue open on the Genomförande panel Aktiviteter, with target groups, a chosen
/// method card and two activities (one held in Genomförande, one in Återkoppling) when asked.
enum ActivitiesPanelFixtures {
    /// The fixture dialogue in Genomförande with the Aktiviteter panel in front.
    static func state(
        size: Size = Size(width: 80, height: 24), withActivities: Bool = true, readOnly: Bool = false
    ) -> AppState {
        var state = AppState(
            size: size, templates: [Fixtures.template], methodCards: Fixtures.methodCards,
            libraryPath: "/tmp/bibliotek", actor: "anna", now: Fixtures.now)
        state.open(
            LoadedDialogue(
                stem: "lekplats-i-raa", dialogue: dialogue(withActivities: withActivities), isReadOnly: readOnly,
                readOnlyReason: readOnly ? "skriven av en nyare version av Ting" : nil))
        _ = update(&state, .keyPressed(.character("3")))
        guard case .dialogue(var d) = state.screen else { return state }
        d.panel = ActivitiesPanel.id
        state.screen = .dialogue(d)
        return state
    }

    /// The fixture dialogue with Råå's target groups, the Workshop card chosen and, when asked, a
    /// workshop with times, agenda and attendance and a feedback meeting in Återkoppling.
    static func dialogue(withActivities: Bool) -> Dialogue {
        var dialogue = Fixtures.dialogue()
        dialogue.planning.targetGroups = Array(GroupFixtures.groups.prefix(3))
        if let workshop = Fixtures.methodCards.first(where: { $0.id == "workshop" }) {
            dialogue.toggleMethod(workshop, at: Fixtures.now)
        }
        guard withActivities else { return dialogue }
        var workshop = Activity(id: "a1", title: "Workshop på Råå skola", date: LocalDate("2026-11-12"))
        workshop.kind = "workshop"
        workshop.start = ClockTime("18:00")
        workshop.end = ClockTime("20:00")
        workshop.place = "Matsalen"
        workshop.agenda = [
            AgendaPoint(id: "p1", title: "Välkommen och syfte", minutes: 15, leader: "Åsa Öberg"),
            AgendaPoint(id: "p2", title: "Samtal i grupper", minutes: 60, leader: "Processledare"),
            AgendaPoint(id: "p3", title: "Redovisning", minutes: 30, leader: "Grupperna"),
        ]
        workshop.runSheet = RunSheetItem.defaults
        workshop.runSheet[0].isDone = true
        workshop.attendance = Attendance(total: 42, byGroup: ["g1": 12, "g2": 20])
        var feedback = Activity(
            id: "a2", title: "Återträff", date: LocalDate("2027-01-20"), place: "Biblioteket", phase: .feedback)
        feedback.kind = "möte"
        dialogue.planning.activities = [feedback, workshop]
        return dialogue
    }
}

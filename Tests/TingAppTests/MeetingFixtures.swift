import DialogueKit
import Foundation
import TerminalKit

@testable import TingApp

/// The fixture dialogue with a meeting held today (Fixtures.now is 09:00 in Stockholm): two target groups,
/// an activity from 08:30 with a three-point agenda and the standard run sheet, and meeting mode opened on it.
enum MeetingFixtures {
    static let activity = "a1"

    /// The fixture dialogue with the groups and the activity, and `inputs` inputs captured at it.
    static func dialogue(inputs: Int = 0) -> Dialogue {
        var dialogue = Fixtures.dialogue()
        dialogue.planning.targetGroups = [
            TargetGroup(id: "g1", name: "Unga 16–25", affected: .high, activity: .low),
            TargetGroup(id: "g2", name: "Äldre i Råå", affected: .high, activity: .high),
        ]
        let date = LocalDate(Fixtures.now, calendar: .swedish)
        let id = dialogue.addActivity(
            title: "Dialogmöte på biblioteket", kind: "möte", date: date, start: ClockTime(hour: 8, minute: 30),
            end: ClockTime(hour: 10, minute: 0), place: "Råå bibliotek", by: "anna", at: Fixtures.now)
        for (title, minutes, leader) in [
            ("Välkomna", 10, "Anna"), ("Samtal i grupper", 45, "Bo"), ("Summering", 15, ""),
        ] {
            _ = try? dialogue.addAgendaPoint(
                title: title, minutes: minutes, leader: leader, toActivity: id, by: "anna", at: Fixtures.now)
        }
        let texts = [
            "Fler bänkar vid lekplatsen", "Belysningen på gångvägen är dålig", "Varför stängdes fritidsgården?",
            "Gungor för små barn", "Mer grönska vid skolan", "Bättre busstider på kvällen",
        ]
        for n in 0..<inputs {
            _ = try? dialogue.addInput(
                text: texts[n % texts.count], activity: id, agendaPoint: "p2",
                category: n % 3 == 2 ? nil : dialogue.inputCategories[n % 4].id, tags: n % 2 == 0 ? ["trygghet"] : [],
                group: n % 4 == 1 ? "g1" : nil, source: .oral, by: "anna",
                at: Fixtures.now.addingTimeInterval(TimeInterval(-60 * (inputs - n))))
        }
        return dialogue
    }

    /// The dialogue open in Genomförande at `size` with meeting mode in front for the activity.
    static func state(size: Size = Size(width: 80, height: 24), inputs: Int = 0, readOnly: Bool = false) -> AppState {
        var state = AppState(
            size: size, templates: [Fixtures.template], libraryPath: "/tmp/bibliotek", actor: "anna",
            now: Fixtures.now)
        state.open(
            LoadedDialogue(
                stem: "lekplats-i-raa", dialogue: dialogue(inputs: inputs), isReadOnly: readOnly,
                readOnlyReason: readOnly ? "skriven av en nyare version av Ting" : nil))
        _ = update(&state, .keyPressed(.character("3")))
        guard case .dialogue(var d) = state.screen else { return state }
        state.openMeeting(activity, in: &d)
        state.screen = .dialogue(d)
        return state
    }

    /// Meeting mode of a state.
    static func meeting(_ state: AppState) -> MeetingState? {
        guard let d = Fixtures.screen(state), d.frontPanel == .meeting else { return nil }
        return d.panels[MeetingState.self]
    }

    /// The open dialogue of a state.
    static func dialogue(_ state: AppState) -> Dialogue? {
        Fixtures.screen(state)?.dialogue
    }
}

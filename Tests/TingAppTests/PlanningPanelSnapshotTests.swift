import DialogueKit
import Foundation
import TerminalKit
import Testing

@testable import TingApp

/// The Mål and Tidplan panels rendered into an in-memory buffer and compared with golden files.
struct PanelIDSnapshotTests {
    static let sizes = [Size(width: 80, height: 24), Size(width: 120, height: 40), Size(width: 40, height: 12)]

    /// The fixture dialogue with goals, an end date for Genomförande that has passed, and two activities,
    /// one of them after Genomförande.
    static func plannedDialogue() throws -> Dialogue {
        var dialogue = Fixtures.dialogue()
        dialogue.phases[1].items.append(
            ChecklistItem(
                id: "p.end", kind: .date, text: "Genomförande slut",
                schedule: ScheduleSlot(phase: .implementation, bound: .end)))
        try dialogue.apply(.date(LocalDate("2026-11-02")), to: "p.start", by: "anna", at: Fixtures.now)
        try dialogue.apply(.date(LocalDate("2026-12-18")), to: "p.end", by: "anna", at: Fixtures.now)
        dialogue.planning.goals = [
            Goal(
                id: "m1", kind: .overarching,
                goal: "Barn och unga i Råå får vara med och forma den nya lekplatsen vid hamnen",
                indicators: "Förslagen syns i ritningen", dataCollection: "Jämförelse av förslag och ritning"),
            Goal(
                id: "m2", kind: .process, goal: "Minst hälften av deltagarna är under 18 år",
                indicators:
                    "Andel deltagare under 18 år, räknat vid varje möte och jämfört med andelen i stadsdelen enligt "
                    + "SCB:s statistik för Råå", dataCollection: "Räkning vid varje möte",
                outcome: "62 procent", fulfilled: .yes),
            Goal(id: "m3", kind: .resource, goal: "Två processledare i tre veckor", fulfilled: .partly),
        ]
        dialogue.planning.activities = [
            Activity(
                id: "a1", title: "Workshop på Råå skola", date: LocalDate("2026-11-12"), time: "18.00–20.00",
                place: "Matsalen", method: "Workshop", expectedParticipants: 40, accessibility: "Hörslinga"),
            Activity(id: "a2", title: "Återträff", date: LocalDate("2027-01-20"), place: "Biblioteket"),
        ]
        return dialogue
    }

    private func state(size: Size, keys: [Key]) throws -> AppState {
        var state = AppState(
            size: size, templates: [Fixtures.template], methodCards: Fixtures.methodCards,
            libraryPath: "/tmp/bibliotek", actor: "anna", now: Fixtures.now)
        state.open(
            LoadedDialogue(
                stem: "lekplats-i-raa", dialogue: try Self.plannedDialogue(), isReadOnly: false, readOnlyReason: nil))
        for key in keys { _ = update(&state, .keyPressed(key)) }
        return state
    }

    @Test(arguments: sizes)
    func goalsTable(size: Size) throws {
        let state = try state(size: size, keys: [.character("2"), .character("]"), .character("]"), .right])
        Snapshot.assertMatches(AppView.render(state), named: "planning-goals-\(size.width)x\(size.height)")
    }

    @Test(arguments: [Size(width: 80, height: 24)])
    func goalCellInItsTextField(size: Size) throws {
        let state = try state(size: size, keys: [.character("2"), .character("]"), .character("]"), .enter])
        Snapshot.assertMatches(AppView.render(state), named: "planning-goals-editing-\(size.width)x\(size.height)")
    }

    @Test(arguments: sizes)
    func scheduleWithWarnings(size: Size) throws {
        let state = try state(
            size: size, keys: [.character("2"), .character("]"), .character("]"), .character("]"), .down, .down])
        Snapshot.assertMatches(AppView.render(state), named: "planning-schedule-\(size.width)x\(size.height)")
    }

    @Test(arguments: [Size(width: 80, height: 24)])
    func activityForm(size: Size) throws {
        let keys: [Key] = [.character("2"), .character("]"), .character("]"), .character("]"), .end, .up, .enter]
        let state = try state(size: size, keys: keys)
        Snapshot.assertMatches(AppView.render(state), named: "planning-activity-\(size.width)x\(size.height)")
    }

    @Test func anOverduePhaseIsMarkedOnItsTab() throws {
        let state = try state(size: Size(width: 120, height: 40), keys: [.character("2")])
        let tabs = AppView.render(state).buffer.lines.first { $0.contains("Beslut") && $0.contains("Planering") }
        #expect(tabs?.contains("Genomförande !") == true)
        #expect(tabs?.contains("Återkoppling !") == false)
    }

    @Test(arguments: [Size(width: 1, height: 1), Size(width: 0, height: 0), Size(width: 20, height: 6)])
    func tinyTerminalsDoNotCrash(size: Size) throws {
        let sequences: [[Key]] = [
            [.character("2"), .character("]"), .character("]")],
            [.character("2"), .character("]"), .character("]"), .enter],
            [.character("2"), .character("]"), .character("]"), .character("a")],
            [.character("2"), .character("]"), .character("]"), .character("d")],
            [.character("2"), .character("]"), .character("]"), .character("]"), .down, .down, .enter],
            [.character("2"), .character("]"), .character("]"), .character("]"), .end, .enter],
            [.character("2"), .character("]"), .character("]"), .character("]"), .end, .character("d")],
        ]
        for keys in sequences {
            let frame = AppView.render(try state(size: size, keys: keys))
            #expect(frame.buffer.size == size)
        }
    }
}

import DialogueKit
import TerminalKit
import Testing

@testable import TingApp

/// Key sequences in the Tidplan panel: phase dates through the checklist's date items, and activities.
struct SchedulePanelUpdateTests {
    private func press(_ keys: [Key], on state: inout AppState) -> [Effect] { PanelFixtures.press(keys, on: &state) }

    private func type(_ text: String) -> [Key] { PanelFixtures.type(text) }

    private func saved(_ effects: [Effect]) -> Dialogue? { PanelFixtures.saved(effects) }

    /// The fixture dialogue on the Tidplan panel.
    private func schedulePanel() -> AppState { PanelFixtures.state(.schedule) }

    @Test func aPhaseDateIsSetThroughItsChecklistItem() {
        var state = schedulePanel()
        #expect(Fixtures.screen(state)?.frontPanel == .schedule)
        var effects = press([.down, .down, .enter] + type("2026-13-01") + [.enter], on: &state)
        #expect(effects.isEmpty, "an impossible date is refused")
        #expect(state.status?.text == UIStrings.swedish.invalidDate)
        effects = press(
            [.backspace, .backspace, .backspace, .backspace, .backspace] + type("03-01") + [.enter], on: &state)
        #expect(saved(effects)?.item("p.start")?.date == LocalDate("2026-03-01"))
        #expect(Fixtures.screen(state)?.dialogue.schedule(of: .implementation).start == LocalDate("2026-03-01"))
    }

    @Test func aPhaseWithoutADateItemIsDatedInThePlanning() throws {
        var state = schedulePanel()
        let effects = press([.enter] + type("2026-02-01") + [.enter], on: &state)
        let dialogue = try #require(saved(effects), "the fixture has no date item for Beslut, yet it can be dated")
        #expect(dialogue.planning.phaseDates == [PhaseDates(phase: .decision, start: LocalDate("2026-02-01"))])
        #expect(dialogue.schedule(of: .decision).start == LocalDate("2026-02-01"))
        #expect(!PanelFixtures.text(state).contains("handboken har inget datum"))
    }

    @Test func theDateCellKeepsItsBracketsAndTakesNoMoreThanADate() throws {
        var state = schedulePanel()
        _ = press([.enter] + type("2026-02-01"), on: &state)
        let row = try #require(PanelFixtures.text(state).split(separator: "\n").first { $0.contains("> Beslut") })
        #expect(
            row.contains("[2026-02-01 ]"), "the cell being typed (with room for the cursor) keeps its brackets: \(row)")
        _ = press(type("9"), on: &state)
        #expect(state.status?.text == UIStrings.swedish.invalidDate, "an 11th character is refused and said so")
        let after = try #require(PanelFixtures.text(state).split(separator: "\n").first { $0.contains("> Beslut") })
        #expect(after.contains("[2026-02-01 ]"), "the cell does not go blank after an 11th character: \(after)")
    }

    @Test func anActivityBelongsToThePhaseChosenInItsForm() throws {
        var state = schedulePanel()
        _ = press([.character("a")] + type("Återkopplingsmöte") + [.enter], on: &state)
        let effects = press([.down, .character(" "), .character(" ")], on: &state)
        #expect(
            saved(effects)?.planning.activities.first?.phase == .evaluation, "Genomförande → Återkoppling → Utvärdering"
        )
        guard case .activity(let form) = Fixtures.screen(state)?.panels[SchedulePanel.self].mode else {
            Issue.record("the form stays open")
            return
        }
        #expect(form.editor == nil, "Space on a choice never starts typing")
    }

    @Test func anActivityIsAddedAndItsDateValidated() throws {
        var state = schedulePanel()
        var effects = press([.character("a"), .enter], on: &state)
        #expect(effects.isEmpty, "a new activity needs a title")
        #expect(state.status?.text == UIStrings.swedish.activityTitleMissing)
        effects = press(type("Dialogmöte i Råå") + [.enter], on: &state)
        #expect(saved(effects)?.planning.activities == [Activity(id: "a1", title: "Dialogmöte i Råå")])
        effects = press([.down, .down, .enter] + type("15 mars") + [.enter], on: &state)
        #expect(effects.isEmpty)
        #expect(state.status?.text == UIStrings.swedish.invalidDate)
        effects = press(Array(repeating: .backspace, count: 7) + type("2026-03-15") + [.enter], on: &state)
        #expect(saved(effects)?.planning.activities.first?.date == LocalDate("2026-03-15"))
        effects = press([.down, .down, .down, .down, .enter] + type("trettio") + [.enter], on: &state)
        #expect(effects.isEmpty)
        #expect(state.status?.text == UIStrings.swedish.invalidParticipants)
        effects = press(Array(repeating: .backspace, count: 7) + type("30") + [.enter, .escape], on: &state)
        let activity = try #require(saved(effects)?.planning.activities.first)
        #expect(activity.expectedParticipants == 30)
        #expect(Fixtures.screen(state)?.dialogue.planning.activities == [activity])
        #expect(Fixtures.screen(state)?.panels[SchedulePanel.self].activityIndex == 0)
    }

    @Test func escapeOnANewActivityAddsNothing() {
        var state = schedulePanel()
        let effects = press([.character("a")] + type("Halvfärdig") + [.escape], on: &state)
        #expect(effects.isEmpty)
        #expect(Fixtures.screen(state)?.dialogue.planning.activities.isEmpty == true)
    }

    @Test func deletingAnActivityAsksFirst() {
        var state = schedulePanel()
        _ = press([.character("a")] + type("Möte") + [.enter, .escape], on: &state)
        #expect(press([.character("d"), .escape], on: &state).isEmpty)
        let effects = press([.character("d"), .character("y")], on: &state)
        #expect(saved(effects)?.planning.activities.isEmpty == true)
        #expect(Fixtures.screen(state)?.panels[SchedulePanel.self].selected == Phase.allCases.count - 1)
    }
}

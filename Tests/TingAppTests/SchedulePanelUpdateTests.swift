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
        #expect(Fixtures.screen(state)?.planningPanel == .schedule)
        var effects = press([.down, .down, .enter] + type("2026-13-01") + [.enter], on: &state)
        #expect(effects.isEmpty, "an impossible date is refused")
        #expect(state.status?.text == UIStrings.swedish.invalidDate)
        effects = press(
            [.backspace, .backspace, .backspace, .backspace, .backspace] + type("03-01") + [.enter], on: &state)
        #expect(saved(effects)?.item("p.start")?.date == LocalDate("2026-03-01"))
        #expect(Fixtures.screen(state)?.dialogue.schedule(of: .implementation).start == LocalDate("2026-03-01"))
    }

    @Test func aPhaseWithoutADateItemSaysSo() {
        var state = schedulePanel()
        let effects = press([.enter], on: &state)
        #expect(effects.isEmpty)
        #expect(state.status?.text.contains("Handboken har inget startdatum för Beslut") == true)
        guard case .browsing = Fixtures.screen(state)?.schedule.mode else {
            Issue.record("no editor opens for a date the handbook lacks")
            return
        }
    }

    @Test func anActivityIsAddedAndItsDateValidated() throws {
        var state = schedulePanel()
        var effects = press([.character("a"), .enter], on: &state)
        #expect(effects.isEmpty, "a new activity needs a title")
        #expect(state.status?.text == UIStrings.swedish.activityTitleMissing)
        effects = press(type("Dialogmöte i Råå") + [.enter], on: &state)
        #expect(saved(effects)?.planning.activities == [Activity(id: "a1", title: "Dialogmöte i Råå")])
        effects = press([.down, .enter] + type("15 mars") + [.enter], on: &state)
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
        #expect(Fixtures.screen(state)?.schedule.activityIndex == 0)
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
        let effects = press([.character("d"), .character("j")], on: &state)
        #expect(saved(effects)?.planning.activities.isEmpty == true)
        #expect(Fixtures.screen(state)?.schedule.selected == Phase.allCases.count - 1)
    }
}

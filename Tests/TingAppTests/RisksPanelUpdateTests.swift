import DialogueKit
import TerminalKit
import Testing

@testable import TingApp

/// Key sequences in the Risker panel: the risk register, the side issues, and Tab between them.
struct RisksPanelUpdateTests {
    private typealias F = PanelFixtures

    @Test func aRiskIsAddedRatedAndDescribed() throws {
        var state = F.state(.risks)
        var effects = F.press([.character("a")] + F.type("Grannar i konflikt om bullret") + [.enter], on: &state)
        #expect(F.saved(effects)?.planning.risks.first?.risk == "Grannar i konflikt om bullret")
        effects = F.press([.down, .enter, .enter, .enter], on: &state)
        #expect(F.saved(effects)?.planning.risks.first?.likelihood == .high)
        effects = F.press([.down, .character(" ")], on: &state)
        #expect(F.saved(effects)?.planning.risks.first?.consequence == .low)
        effects = F.press([.down, .enter] + F.type("Eget möte med grannarna") + [.enter], on: &state)
        effects += F.press([.down, .enter] + F.type("Åsa") + [.enter, .escape], on: &state)
        let risk = try #require(F.saved(effects)?.planning.risks.first)
        #expect(
            risk
                == Risk(
                    id: "r1", risk: "Grannar i konflikt om bullret", likelihood: .high,
                    consequence: .low, mitigation: "Eget möte med grannarna", owner: "Åsa"))
    }

    @Test func tabSwitchesToTheSideIssuesWhereDatesAreValidated() throws {
        var state = F.state(.risks)
        _ = F.press([.tab], on: &state)
        #expect(Fixtures.screen(state)?.panels[RisksPanel.self].list == .sideIssues)
        var effects = F.press([.character("a")] + F.type("Belysningen på gångvägen") + [.enter], on: &state)
        #expect(F.saved(effects)?.planning.sideIssues.first?.question == "Belysningen på gångvägen")
        effects = F.press([.down, .enter] + F.type("Trafikenheten") + [.enter], on: &state)
        #expect(F.saved(effects)?.planning.sideIssues.first?.passedTo == "Trafikenheten")
        effects = F.press([.down, .enter] + F.type("2026-02-30") + [.enter], on: &state)
        #expect(effects.isEmpty)
        #expect(state.status?.text == UIStrings.swedish.invalidDate)
        effects = F.press([.backspace, .backspace, .character("1"), .character("5"), .enter], on: &state)
        #expect(F.saved(effects)?.planning.sideIssues.first?.date == LocalDate("2026-02-15"))
        _ = F.press([.escape, .tab], on: &state)
        #expect(Fixtures.screen(state)?.panels[RisksPanel.self].list == .risks)
        #expect(Fixtures.screen(state)?.dialogue.planning.risks.isEmpty == true)
    }

    @Test func deletingAsksFirstAndRemovesOnlyTheSelectedEntry() throws {
        var state = F.state(.risks)
        _ = F.press([.character("a")] + F.type("Första") + [.enter, .escape], on: &state)
        _ = F.press([.character("a")] + F.type("Andra") + [.enter, .escape], on: &state)
        #expect(F.press([.character("d"), .escape], on: &state).isEmpty)
        _ = F.press([.character("d")], on: &state)
        #expect(F.text(state).contains("Ta bort risken?"))
        let effects = F.press([.character("y")], on: &state)
        #expect(F.saved(effects)?.planning.risks.map(\.risk) == ["Första"])
        #expect(Fixtures.screen(state)?.panels[RisksPanel.self].risks.selected == 0)
    }

    @Test func readOnlyRefusesAddingEditingAndDeleting() {
        var state = F.state(.risks, readOnly: true)
        for key: Key in [.character("a"), .enter, .character("d")] {
            #expect(F.press([key], on: &state).isEmpty)
        }
        _ = F.press([.tab], on: &state)
        #expect(F.press([.character("a")], on: &state).isEmpty)
        #expect(state.status?.text == UIStrings.swedish.readOnlyRefusal)
        #expect(Fixtures.screen(state)?.panels[RisksPanel.self].sideIssues.form == nil)
    }
}

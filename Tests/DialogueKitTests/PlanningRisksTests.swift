import Foundation
import Testing

@testable import DialogueKit

/// The risk register and the log of side issues.
@Suite struct PlanningRisksTests {
    private let later = StoreFixtures.now.addingTimeInterval(60)

    @Test func risksAreAddedUpdatedAndRemovedById() throws {
        var dialogue = StoreFixtures.dialogue("Parken")
        let id = dialogue.addRisk("Grannar i konflikt om bullret", at: later)
        #expect(id == "r1")
        var risk = try #require(dialogue.planning.risks.first)
        risk.likelihood = .high
        risk.consequence = .medium
        risk.mitigation = "Eget möte med grannarna"
        let changed1 = dialogue.updateRisk(risk, at: later)
        #expect(changed1)
        #expect(dialogue.planning.risks == [risk])
        let changed2 = dialogue.removeRisk(id: id, at: later)
        #expect(changed2)
        #expect(dialogue.planning.risks.isEmpty)
        let changed3 = dialogue.removeRisk(id: id, at: later)
        #expect(!changed3)
        let changed4 = dialogue.updateRisk(risk, at: later)
        #expect(!changed4)
        #expect(dialogue.modifiedAt == later)
    }

    @Test func sideIssuesAreLoggedUpdatedAndRemovedById() throws {
        var dialogue = StoreFixtures.dialogue("Parken")
        #expect(dialogue.addSideIssue("Belysningen på gångvägen", at: later) == "s1")
        #expect(dialogue.addSideIssue("Bussturerna", at: later) == "s2")
        var issue = try #require(dialogue.planning.sideIssues.first)
        issue.passedTo = "Trafikenheten"
        issue.date = LocalDate("2025-04-02")
        let changed5 = dialogue.updateSideIssue(issue, at: later)
        #expect(changed5)
        #expect(dialogue.planning.sideIssues.first == issue)
        let changed6 = dialogue.removeSideIssue(id: "s2", at: later)
        #expect(changed6)
        #expect(dialogue.planning.sideIssues.map(\.id) == ["s1"])
        let changed7 = dialogue.removeSideIssue(id: "s2", at: later)
        #expect(!changed7)
    }

    @Test func risksAndSideIssuesSurviveTheStore() throws {
        var dialogue = StoreFixtures.dialogue("Parken")
        dialogue.addRisk("Låg tillit efter förra dialogen", at: later)
        var risk = dialogue.planning.risks[0]
        risk.likelihood = .medium
        risk.owner = "Åsa"
        let changed8 = dialogue.updateRisk(risk, at: later)
        #expect(changed8)
        dialogue.addSideIssue("Hundrastgården", at: later)
        var issue = dialogue.planning.sideIssues[0]
        issue.date = LocalDate("2025-05-01")
        let changed9 = dialogue.updateSideIssue(issue, at: later)
        #expect(changed9)
        try StoreFixtures.withLibrary { store throws in
            let loaded = try store.load(try store.create(dialogue)).dialogue
            #expect(loaded == dialogue)
            #expect(loaded.planning.sideIssues.first?.date == LocalDate("2025-05-01"))
        }
    }
}

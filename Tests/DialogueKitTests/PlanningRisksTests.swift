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
        #expect(dialogue.updateRisk(risk, at: later))
        #expect(dialogue.planning.risks == [risk])
        #expect(dialogue.removeRisk(id: id, at: later))
        #expect(dialogue.planning.risks.isEmpty)
        #expect(!dialogue.removeRisk(id: id, at: later))
        #expect(!dialogue.updateRisk(risk, at: later))
        #expect(dialogue.modifiedAt == later)
    }

    @Test func sideIssuesAreLoggedUpdatedAndRemovedById() throws {
        var dialogue = StoreFixtures.dialogue("Parken")
        #expect(dialogue.addSideIssue("Belysningen på gångvägen", at: later) == "s1")
        #expect(dialogue.addSideIssue("Bussturerna", at: later) == "s2")
        var issue = try #require(dialogue.planning.sideIssues.first)
        issue.passedTo = "Trafikenheten"
        issue.date = LocalDate("2025-04-02")
        #expect(dialogue.updateSideIssue(issue, at: later))
        #expect(dialogue.planning.sideIssues.first == issue)
        #expect(dialogue.removeSideIssue(id: "s2", at: later))
        #expect(dialogue.planning.sideIssues.map(\.id) == ["s1"])
        #expect(!dialogue.removeSideIssue(id: "s2", at: later))
    }

    @Test func risksAndSideIssuesSurviveTheStore() throws {
        var dialogue = StoreFixtures.dialogue("Parken")
        dialogue.addRisk("Låg tillit efter förra dialogen", at: later)
        var risk = dialogue.planning.risks[0]
        risk.likelihood = .medium
        risk.owner = "Åsa"
        #expect(dialogue.updateRisk(risk, at: later))
        dialogue.addSideIssue("Hundrastgården", at: later)
        var issue = dialogue.planning.sideIssues[0]
        issue.date = LocalDate("2025-05-01")
        #expect(dialogue.updateSideIssue(issue, at: later))
        try StoreFixtures.withLibrary { store throws in
            let loaded = try store.load(try store.create(dialogue)).dialogue
            #expect(loaded == dialogue)
            #expect(loaded.planning.sideIssues.first?.date == LocalDate("2025-05-01"))
        }
    }
}

import Foundation
import Testing

@testable import DialogueKit

/// History and undo sentences for responses and decisions: one input named, many counted, themes and
/// decisions by name.
@Suite struct ResponseHistoryTests {
    private let now = StoreFixtures.now

    /// The sentences for `change` made to a dialogue with three inputs (i1, i2 tagged "bänkar").
    private func changes(_ change: (inout Dialogue) throws -> Void, setUp: (inout Dialogue) throws -> Void = { _ in })
        throws -> [String]
    {
        var dialogue = StoreFixtures.dialogue("Parken")
        try dialogue.addInput(text: "Fler bänkar", tags: ["bänkar"], by: "a", at: now)
        try dialogue.addInput(text: "Bänkar vid dammen", tags: ["bänkar"], by: "a", at: now)
        try dialogue.addInput(text: "Bättre belysning", by: "a", at: now)
        try setUp(&dialogue)
        let old = dialogue
        try change(&dialogue)
        return DialogueChanges.describe(from: old, to: dialogue)
    }

    @Test func oneAnswerNamesTheInputAndTheSameAnswerToManyCountsThem() throws {
        #expect(
            try changes { try $0.respond(toInput: "i3", with: Response(status: .implemented), by: "b", at: now) } == [
                #"gav inspelet "Bättre belysning" svaret "genomförs""#
            ])
        #expect(
            try changes {
                try $0.respond(
                    toInputs: ["i1", "i2"], with: Response(status: .notRelevant, reason: "Ingen plats"), by: "b",
                    at: now)
            } == [#"gav 2 inspel svaret "ej aktuellt: Ingen plats""#])
        #expect(
            try changes(
                { try $0.respond(toInput: "i3", with: nil, by: "b", at: now) },
                setUp: { try $0.respond(toInput: "i3", with: Response(status: .considered), by: "b", at: now) })
                == [#"tog bort svaret från inspelet "Bättre belysning""#])
    }

    @Test func themeAnswersAndDecisionsAreDescribedByName() throws {
        #expect(
            try changes {
                try $0.addDecision(
                    body: "nämnden", date: LocalDate("2026-05-20"), paragraph: "§ 41", caseNumber: "", text: "Rusta",
                    by: "b", at: now)
                try $0.respond(
                    toTheme: "bänkar", with: Response(status: .implemented, decisions: ["b1"]), by: "b", at: now)
            } == [
                #"gav temat "bänkar" svaret "genomförs (beslut b1)""#, #"lade till beslutet "nämnden 2026-05-20 § 41""#,
            ])
        let setUp: (inout Dialogue) throws -> Void = {
            try $0.addDecision(
                body: "nämnden", date: nil, paragraph: "", caseNumber: "", text: "Rusta", by: "b", at: now)
            try $0.respond(toTheme: "bänkar", with: Response(status: .implemented), by: "b", at: now)
        }
        #expect(
            try changes(
                {
                    try $0.respond(toTheme: "bänkar", with: Response(status: .considered), by: "b", at: now)
                    var decision = try #require($0.decision(id: "b1"))
                    decision.caseNumber = "KFN 2026/1"
                    try $0.updateDecision(decision, by: "b", at: now)
                }, setUp: setUp)
                == [
                    #"ändrade svaret på temat "bänkar" till "beaktas""#,
                    #"ändrade beslutet "nämnden": diarienummer "KFN 2026/1""#,
                ])
        #expect(
            try changes(
                {
                    try $0.respond(toTheme: "bänkar", with: nil, by: "b", at: now)
                    try $0.removeDecision(id: "b1", by: "b", at: now)
                }, setUp: setUp) == [#"tog bort svaret på temat "bänkar""#, #"tog bort beslutet "nämnden""#])
    }
}

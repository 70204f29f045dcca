import Foundation
import Testing

@testable import DialogueKit

/// Theme responses and decisions in the dialogue file under two writers: different themes both land, one
/// theme answered two ways is a conflict (never a response renamed onto another tag), decisions added at
/// once both stay with fresh ids.
@Suite struct StoreResponseMergeTests {
    private let now = StoreFixtures.now

    /// Two copies of a saved dialogue whose inputs carry the themes "bänkar" and "ljus".
    private func twoWriters(_ store: DialogueStore) throws -> (LoadedDialogue, LoadedDialogue) {
        var loaded = try store.createLoaded(StoreFixtures.dialogue("Parken"))
        try loaded.dialogue.addInput(text: "Fler bänkar", tags: ["bänkar"], by: "anna", at: now)
        try loaded.dialogue.addInput(text: "Mörkt", tags: ["ljus"], by: "anna", at: now)
        _ = try store.save(loaded.dialogue, as: loaded.stem, over: #require(loaded.version))
        let saved = try store.load("parken")
        return (saved, saved)
    }

    @Test func differentThemesAnsweredAtOnceBothLand() throws {
        try StoreFixtures.withLibrary { store in
            var (mine, theirs) = try twoWriters(store)
            try theirs.dialogue.respond(toTheme: "bänkar", with: Response(status: .implemented), by: "anna", at: now)
            _ = try store.save(theirs.dialogue, as: "parken", over: #require(theirs.version))
            try mine.dialogue.respond(toTheme: "ljus", with: Response(status: .considered), by: "bo", at: now)
            _ = try store.save(mine.dialogue, as: "parken", over: #require(mine.version))
            let reopened = try store.load("parken").dialogue
            #expect(reopened.followUp.themeResponses.map(\.tag).sorted() == ["bänkar", "ljus"])
        }
    }

    @Test func oneThemeAnsweredTwoWaysIsAConflictAndNeverARenamedTheme() throws {
        try StoreFixtures.withLibrary { store in
            var (mine, theirs) = try twoWriters(store)
            try theirs.dialogue.respond(toTheme: "bänkar", with: Response(status: .implemented), by: "anna", at: now)
            _ = try store.save(theirs.dialogue, as: "parken", over: #require(theirs.version))
            try mine.dialogue.respond(
                toTheme: "bänkar", with: Response(status: .notRelevant, reason: "Ingen plats"), by: "bo", at: now)
            guard
                case .conflicted(let conflict) = try store.save(
                    mine.dialogue, as: "parken", over: #require(mine.version))
            else {
                Issue.record("expected a conflict")
                return
            }
            // One sentence a part of the response that differs, in no particular order.
            #expect(
                Set(conflict.places) == [
                    #"anna sparade svaret "genomförs" på temat "bänkar" medan du sparade "ej aktuellt"."#,
                    #"anna sparade skälet "" på temat "bänkar" medan du sparade "Ingen plats"."#,
                ])
            #expect(conflict.keepingMine.followUp.themeResponses.map(\.tag) == ["bänkar"])
            #expect(try store.load("parken").dialogue.themeResponse(for: "bänkar")?.response.status == .implemented)
        }
    }

    @Test func decisionsAddedAtOnceBothStayWithFreshIds() throws {
        try StoreFixtures.withLibrary { store in
            var (mine, theirs) = try twoWriters(store)
            try theirs.dialogue.addDecision(
                body: "nämnden", date: nil, paragraph: "§ 1", caseNumber: "", text: "A", by: "anna", at: now)
            _ = try store.save(theirs.dialogue, as: "parken", over: #require(theirs.version))
            try mine.dialogue.addDecision(
                body: "styrelsen", date: nil, paragraph: "§ 2", caseNumber: "", text: "B", by: "bo", at: now)
            try mine.dialogue.respond(
                toTheme: "ljus", with: Response(status: .considered, decisions: ["b1"]), by: "bo", at: now)
            guard
                case .merged(let merged, _) = try store.save(mine.dialogue, as: "parken", over: #require(mine.version))
            else {
                Issue.record("expected a merge")
                return
            }
            #expect(merged.followUp.decisions.map(\.id) == ["b1", "b2"])
            #expect(merged.decision(id: "b2")?.body == "styrelsen")
            // My theme response follows my decision to its new id.
            #expect(merged.themeResponse(for: "ljus")?.response.decisions == ["b2"])
        }
    }
}

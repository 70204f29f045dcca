import DialogueKit
import Foundation
import TerminalKit
import Testing

@testable import TingApp

/// The Återkoppling panel through the pure update: adding a round for an audience, its planned date and
/// channels, a draft edited in the editor and saved, marking it sent (after which its text is final),
/// removing an unsent one, and the promise check.
struct FeedbackPanelUpdateTests {
    private func panel(_ state: AppState) -> FeedbackPanel? {
        Fixtures.screen(state)?.panels[FeedbackPanel.self]
    }

    private func rounds(_ state: AppState) -> [FeedbackRound] {
        FeedbackFixtures.dialogue(of: state)?.followUp.feedbackRounds ?? []
    }

    @Test func aterkopplingListsFeedbackAndPublicationAfterItsChecklist() throws {
        let d = try #require(Fixtures.screen(FeedbackFixtures.state(.feedback)))
        #expect(d.phase.phase == .feedback)
        #expect(Array(d.phasePanels.prefix(1)) == [.checklist])
        let feedback = try #require(d.phasePanels.firstIndex(of: .feedback))
        #expect(d.phasePanels.firstIndex(of: .publication) == feedback + 1)
    }

    @Test func aRoundIsAddedForTheChosenAudienceThenItsPlannedDate() throws {
        var state = FeedbackFixtures.state(.feedback)
        _ = PanelFixtures.press([.character("a")], on: &state)
        guard case .choosingAudience(let list) = panel(state)?.mode else {
            Issue.record("a asks for the audience")
            return
        }
        #expect(list.selected == 0, "the participants are offered first")
        let added = PanelFixtures.press([.down, .enter], on: &state)
        #expect(PanelFixtures.saved(added)?.followUp.feedbackRounds.map(\.audience) == ["invanarna"])
        // The planned date is asked next; a bad date is refused in words and the prompt stays.
        _ = PanelFixtures.press(PanelFixtures.type("2027-13-01") + [.enter], on: &state)
        #expect(state.status?.text == UIStrings.swedish.invalidDate)
        guard case .dating(.planned, "a1", _) = panel(state)?.mode else {
            Issue.record("the planned date is still typed")
            return
        }
        let keys: [Key] = Array(repeating: .backspace, count: 10) + PanelFixtures.type("2027-02-01") + [.enter]
        let dated = PanelFixtures.press(keys, on: &state)
        #expect(PanelFixtures.saved(dated)?.feedbackRound(id: "a1")?.plannedOn == LocalDate("2027-02-01"))
        #expect(panel(state)?.mode == .browsing)
        // A second `a` offers the first audience without a round: the participants.
        _ = PanelFixtures.press([.character("a")], on: &state)
        #expect(panel(state)?.mode == .choosingAudience(ListSelection(selected: 0)))
    }

    @Test func channelsOfferTheTargetGroupsFirstAndTakeFreeText() throws {
        var state = FeedbackFixtures.state(.feedback, dialogue: FeedbackFixtures.dialogue(rounds: 1))
        _ = PanelFixtures.press([.character("c")], on: &state)
        guard case .choosingChannels(let choice) = panel(state)?.mode else {
            Issue.record("c opens the channels")
            return
        }
        #expect(choice.channels.prefix(3) == ["Instagram", "skolans lärplattform", "PRO:s medlemsblad"])
        #expect(choice.channels.contains("kommunens webbsida"))
        #expect(choice.result == ["e-post"], "the round's channel is chosen")
        // Space on the first (Instagram), End to "annan kanal", Enter, type, Enter, then Enter saves.
        let keys: [Key] =
            [.character(" "), .end, .enter] + PanelFixtures.type("Anslag på Råå torg") + [.enter, .enter]
        let effects = PanelFixtures.press(keys, on: &state)
        let round = try #require(PanelFixtures.saved(effects)?.feedbackRound(id: "a1"))
        #expect(round.channels == ["Instagram", "e-post", "Anslag på Råå torg"])
        #expect(panel(state)?.mode == .browsing)
    }

    @Test func escapeLeavesTheChannelsAsTheyWere() throws {
        var state = FeedbackFixtures.state(.feedback, dialogue: FeedbackFixtures.dialogue(rounds: 1))
        let effects = PanelFixtures.press([.character("c"), .character(" "), .escape], on: &state)
        #expect(effects.isEmpty)
        #expect(rounds(state).first?.channels == ["e-post"])
    }

    @Test func theDraftIsEditedWithSwedishTextAndSavedByCtrlS() throws {
        var state = FeedbackFixtures.state(.feedback, dialogue: FeedbackFixtures.dialogue(rounds: 1))
        let draft = try #require(FeedbackFixtures.dialogue(of: state)).feedbackDraft(
            for: "deltagarna", calendar: .swedish)
        _ = PanelFixtures.press([.character("g")], on: &state)
        guard case .writing("a1", let editor) = panel(state)?.mode else {
            Issue.record("g opens the draft in the editor")
            return
        }
        #expect(editor.editor.text == draft)
        #expect(rounds(state).first?.text == "", "the draft is not saved before Ctrl-S")
        // Enter is a new line; q, u, 1 and ? are typed, not commands.
        let typed = PanelFixtures.press(
            [.enter] + PanelFixtures.type("Tack för era åsikter – vi hör av oss! q u 1 ?"), on: &state)
        #expect(typed.isEmpty)
        let effects = PanelFixtures.press([.control("s")], on: &state)
        let saved = try #require(PanelFixtures.saved(effects)?.feedbackRound(id: "a1"))
        #expect(saved.text == draft + "\nTack för era åsikter – vi hör av oss! q u 1 ?")
        #expect(saved.lastChange?.by == "anna")
        #expect(panel(state)?.mode == .browsing)
    }

    @Test func leavingAChangedTextAsksFirst() throws {
        var state = FeedbackFixtures.state(.feedback, dialogue: FeedbackFixtures.dialogue(rounds: 1))
        _ = PanelFixtures.press([.enter] + PanelFixtures.type("Hej"), on: &state)
        _ = PanelFixtures.press([.escape], on: &state)
        guard case .writing(_, let editor) = panel(state)?.mode, editor.confirmingDiscard else {
            Issue.record("Esc on a changed text asks before throwing it away")
            return
        }
        _ = PanelFixtures.press([.character("n")], on: &state)
        guard case .writing(_, let kept) = panel(state)?.mode else {
            Issue.record("n goes on writing")
            return
        }
        #expect(kept.editor.text == "Hej" && !kept.confirmingDiscard)
        let effects = PanelFixtures.press([.escape, .character("y")], on: &state)
        #expect(effects.isEmpty && panel(state)?.mode == .browsing)
        #expect(rounds(state).first?.text == "")
    }

    @Test func aTextChangedByAnotherWriterMeanwhileIsNotSavedOverUnasked() throws {
        var state = FeedbackFixtures.state(.feedback, dialogue: FeedbackFixtures.dialogue(rounds: 1))
        _ = PanelFixtures.press([.enter] + PanelFixtures.type("Min text"), on: &state)
        // Someone else writes the round's text while this one is open (merged into the open dialogue).
        guard case .dialogue(var d) = state.screen, var round = d.dialogue.feedbackRound(id: "a1") else {
            Issue.record("the dialogue is open")
            return
        }
        round.text = "Deras text"
        try d.dialogue.updateFeedbackRound(round, by: "bo", at: Fixtures.now)
        state.screen = .dialogue(d)
        let refused = PanelFixtures.press([.control("s")], on: &state)
        #expect(refused.isEmpty && state.status?.text == UIStrings.swedish.editorChangedUnder)
        guard case .writing(_, let editor) = panel(state)?.mode else {
            Issue.record("the editor stays open with the words")
            return
        }
        #expect(editor.editor.text == "Min text")
        let saved = PanelFixtures.press([.control("s")], on: &state)
        #expect(PanelFixtures.saved(saved)?.feedbackRound(id: "a1")?.text == "Min text", "a second Ctrl-S saves")
    }

    @Test func aNewDraftOverAWrittenTextIsAskedFirst() throws {
        var dialogue = FeedbackFixtures.dialogue(rounds: 1)
        var round = try #require(dialogue.feedbackRound(id: "a1"))
        round.text = "Vår egen text."
        try dialogue.updateFeedbackRound(round, by: "anna", at: Fixtures.now)
        var state = FeedbackFixtures.state(.feedback, dialogue: dialogue)
        _ = PanelFixtures.press([.character("g")], on: &state)
        #expect(panel(state)?.mode == .confirmingDraft(roundID: "a1"))
        _ = PanelFixtures.press([.character("n")], on: &state)
        #expect(panel(state)?.mode == .browsing)
        _ = PanelFixtures.press([.character("g"), .character("y")], on: &state)
        guard case .writing(_, let editor) = panel(state)?.mode else {
            Issue.record("y opens the draft")
            return
        }
        #expect(editor.original == "Vår egen text." && editor.isChanged)
    }

    @Test func markingSentTakesTodayByTheUserAndThenTheTextIsFinal() throws {
        var state = FeedbackFixtures.state(.feedback, dialogue: FeedbackFixtures.dialogue(rounds: 1))
        // Without a text the round cannot be sent: the domain says so before any date is asked.
        _ = PanelFixtures.press([.character("s")], on: &state)
        #expect(state.status?.isError == true)
        #expect(panel(state)?.mode == .browsing)
        _ = PanelFixtures.press([.character("g"), .control("s"), .character("s")], on: &state)
        guard case .dating(.sent, "a1", let prompt) = panel(state)?.mode else {
            Issue.record("s asks for the date")
            return
        }
        #expect(prompt.editor.text == "2027-01-15", "the date is today unless changed")
        let effects = PanelFixtures.press([.enter], on: &state)
        let sent = try #require(PanelFixtures.saved(effects)?.feedbackRound(id: "a1"))
        #expect(sent.sentOn == FeedbackFixtures.today && sent.sentBy == "anna")
        // Now Enter reads the text instead of editing it, and g and d are gone from the keys.
        let d = try #require(Fixtures.screen(state))
        let keys = d.panels[FeedbackPanel.self].keyMap(in: state.panelContext(for: d))
        #expect(keys.action(for: .character("g")) == nil && keys.action(for: .character("d")) == nil)
        _ = PanelFixtures.press([.enter], on: &state)
        guard case .reading(let viewer) = Fixtures.screen(state)?.mode else {
            Issue.record("Enter shows the sent text read-only")
            return
        }
        #expect(viewer.text == sent.text && viewer.title.contains("kan inte ändras"))
        #expect(PanelFixtures.text(state).contains("kan inte ändras"))
    }

    @Test func anUnsentRoundIsRemovedAfterYes() throws {
        var state = FeedbackFixtures.state(.feedback, dialogue: FeedbackFixtures.dialogue(rounds: 2))
        _ = PanelFixtures.press([.down, .character("d")], on: &state)
        #expect(panel(state)?.mode == .confirmingRemoval(roundID: "a2"))
        let effects = PanelFixtures.press([.character("y")], on: &state)
        #expect(PanelFixtures.saved(effects)?.followUp.feedbackRounds.map(\.id) == ["a1"])
        #expect(panel(state)?.selection.selected == 0)
        // Undo brings it back: the change went through the host like any other.
        _ = PanelFixtures.press([.character("u")], on: &state)
        #expect(rounds(state).map(\.id) == ["a1", "a2"])
    }

    @Test func anOverdueRoundIsMarkedInWordsAndOnTheTab() throws {
        let state = FeedbackFixtures.state(.feedback, dialogue: FeedbackFixtures.dialogue(rounds: 1))
        let text = PanelFixtures.text(state)
        #expect(text.contains("! försenad"))
        let dialogue = try #require(FeedbackFixtures.dialogue(of: state))
        let marks = DialogueView.tabMarks(dialogue, today: FeedbackFixtures.today)
        #expect(marks[3].contains("!"), "Återkoppling's tab says a round is overdue: \(marks)")
        #expect(!DialogueView.tabMarks(dialogue, today: LocalDate("2027-01-08")!)[3].contains("!"))
    }

    @Test func thePromiseIsCheckedAtTheTopOnceAndReadWhole() throws {
        var state = FeedbackFixtures.state(.feedback, dialogue: FeedbackFixtures.dialogue(rounds: 1))
        let dialogue = try #require(FeedbackFixtures.dialogue(of: state))
        let lines = try #require(panel(state)).currentChecks(for: dialogue, today: FeedbackFixtures.today).lines
        #expect(lines.count == 1, "the promise says the inputs without response; no second warning: \(lines)")
        #expect(lines.first?.contains("Invånarna får resonera") == true)
        #expect(lines.first?.contains("6 inspel saknar svar") == true)
        #expect(PanelFixtures.text(state).contains("Löftet"))
        _ = PanelFixtures.press([.character("i")], on: &state)
        guard case .reading(let viewer) = Fixtures.screen(state)?.mode else {
            Issue.record("i reads the checks whole")
            return
        }
        #expect(viewer.text.contains("Invånarna får resonera"))
    }

    @Test func withoutALevelPromiseNothingIsSaidAtTheTop() throws {
        var dialogue = FeedbackFixtures.dialogue(inputs: 0)
        try dialogue.apply(.response(nil), to: "p.level", by: "anna", at: Fixtures.now)
        let state = FeedbackFixtures.state(.feedback, dialogue: dialogue)
        #expect(try #require(panel(state)).currentChecks(for: dialogue, today: FeedbackFixtures.today).lines.isEmpty)
        #expect(!PanelFixtures.text(state).contains("Löftet"))
    }

    @Test func aReadOnlyDialogueRefusesEveryChange() throws {
        var state = FeedbackFixtures.state(
            .feedback, dialogue: FeedbackFixtures.dialogue(rounds: 1), readOnly: true)
        for key in [Key.character("a"), .character("g"), .enter, .character("p"), .character("c")] {
            let effects = PanelFixtures.press([key], on: &state)
            #expect(effects.isEmpty && panel(state)?.mode == .browsing, "\(key)")
            #expect(state.status?.text == UIStrings.swedish.readOnlyRefusal)
        }
    }

    @Test func everyKeyOfThePanelIsInTheHintsOrHelp() throws {
        let state = FeedbackFixtures.state(.feedback, dialogue: FeedbackFixtures.dialogue(rounds: 1))
        let labels = Keymap.hints(for: state).map(\.label)
        let s = UIStrings.swedish
        for label in [s.keyAddFeedback, s.keyWriteText, s.keyDraft, s.keyPlannedDate, s.keyChannels, s.keyMarkSent] {
            #expect(labels.contains(label), "\(label)")
        }
    }
}

import DialogueKit
import Foundation
import TerminalKit
import Testing

@testable import TingApp

/// The Publicering panel through the pure update: Vänersborg's six texts listed, one drafted from the data,
/// edited and saved where the dialogue keeps it, and its moment marked published with a date.
struct PublicationPanelUpdateTests {
    private func panel(_ state: AppState) -> PublicationPanel? {
        Fixtures.screen(state)?.panels[PublicationPanel.self]
    }

    @Test func everyQuestionOfBothMomentsIsListed() {
        let text = PanelFixtures.text(FeedbackFixtures.state(.publication, size: Size(width: 120, height: 40)))
        for moment in PublicationMoment.allCases {
            for question in moment.questions { #expect(text.contains(question), "\(question)") }
        }
        #expect(text.contains("Före dialogen · inte publicerad") && text.contains("Efter dialogen"))
    }

    @Test func aDraftIsEditedAndSavedAsTheText() throws {
        var state = FeedbackFixtures.state(.publication)
        let dialogue = try #require(FeedbackFixtures.dialogue(of: state))
        let question = PublicationMoment.after.questions[1]
        let draft = dialogue.publicationDraft(.after, question: question, calendar: .swedish)
        // ↓ four times: the after-texts' second question.
        _ = PanelFixtures.press([.down, .down, .down, .down, .character("g")], on: &state)
        guard case .writing(let entry, let editor) = panel(state)?.mode else {
            Issue.record("g opens the draft in the editor")
            return
        }
        #expect(entry == PublicationEntry(moment: .after, question: question))
        #expect(editor.editor.text == draft)
        let effects = PanelFixtures.press(
            [.enter] + PanelFixtures.type("Förslaget går till nämnden i mars.") + [.control("s")], on: &state)
        let saved = try #require(PanelFixtures.saved(effects))
        #expect(
            saved.publicationTexts(.after).first { $0.question == question }?.text
                == draft + "\nFörslaget går till nämnden i mars.")
        #expect(panel(state)?.mode == .browsing)
        #expect(PanelFixtures.text(state).contains(String(draft.prefix(30))), "the text is shown below the list")
    }

    @Test func aMomentWithTextIsMarkedPublishedOnTheDateTyped() throws {
        var state = FeedbackFixtures.state(.publication)
        // Nothing written yet: refused in the domain's words, no date asked.
        _ = PanelFixtures.press([.character("p")], on: &state)
        #expect(state.status?.isError == true && panel(state)?.mode == .browsing)
        _ = PanelFixtures.press([.enter] + PanelFixtures.type("Om lekplatsen i Råå.") + [.control("s")], on: &state)
        _ = PanelFixtures.press([.character("p")], on: &state)
        guard case .dating(_, let prompt) = panel(state)?.mode else {
            Issue.record("p asks for the date")
            return
        }
        #expect(prompt.editor.text == "2027-01-15")
        let keys: [Key] = [.backspace, .backspace] + PanelFixtures.type("10") + [.enter]
        let effects = PanelFixtures.press(keys, on: &state)
        let publication = try #require(PanelFixtures.saved(effects)?.publication(.before))
        #expect(publication.publishedOn == LocalDate("2027-01-10") && publication.publishedBy == "anna")
        #expect(PanelFixtures.text(state).contains("publicerad 2027-01-10 av anna"))
    }

    @Test func aDraftOverAWrittenTextIsAskedFirst() throws {
        var state = FeedbackFixtures.state(.publication)
        _ = PanelFixtures.press([.enter] + PanelFixtures.type("Egen text") + [.control("s")], on: &state)
        _ = PanelFixtures.press([.character("g")], on: &state)
        #expect(panel(state)?.mode == .confirmingDraft(PublicationEntry.all[0]))
        _ = PanelFixtures.press([.escape], on: &state)
        #expect(panel(state)?.mode == .browsing)
    }
}

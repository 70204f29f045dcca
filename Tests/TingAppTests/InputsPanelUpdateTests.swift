import DialogueKit
import Foundation
import TerminalKit
import Testing

@testable import TingApp

/// The Underlag panel through the pure update: filters, counts, marking many and tagging them, hiding with a
/// reason and listing the hidden, duplicates and side issues.
struct InputsPanelUpdateTests {
    /// The dialogue with `inputs` inputs open in Genomförande, the Underlag panel in front.
    static func state(inputs: Int = 12, size: Size = Size(width: 80, height: 24)) -> AppState {
        var state = MeetingFixtures.state(size: size, inputs: inputs)
        PanelFixtures.show(.inputs, on: &state)
        return state
    }

    private func panel(_ state: AppState) -> InputsPanel? {
        Fixtures.screen(state)?.panels[InputsPanel.self]
    }

    private func shown(_ state: AppState) -> [String] {
        guard let d = Fixtures.screen(state), let panel = panel(state) else { return [] }
        let index = panel.currentIndex(for: d.dialogue)
        return index.rows.map { index.source[$0].id }
    }

    @Test func genomforandeListsTheRegisterAfterItsChecklist() throws {
        let d = try #require(Fixtures.screen(Self.state()))
        #expect(d.phase.phase == .implementation)
        #expect(d.phasePanels.contains(.inputs))
        #expect(d.phasePanels.first == .checklist)
    }

    @Test func everyInputIsListedAndCounted() throws {
        let state = Self.state()
        #expect(shown(state).count == 12)
        let d = try #require(Fixtures.screen(state))
        let counts = try #require(panel(state)).currentIndex(for: d.dialogue).counts
        #expect(counts.byCategory["teman"] == 2)
        #expect(counts.uncategorised == 4)
        #expect(counts.byTag["trygghet"] == 6)
        #expect(counts.byActivity[MeetingFixtures.activity] == 12)
    }

    @Test func aCategoryFilterAndTheTextFilterNarrowTheList() throws {
        var state = Self.state()
        // C, then ↓ to the first category (Teman) after "alla", Enter.
        _ = PanelFixtures.press([.character("C"), .down, .enter], on: &state)
        #expect(shown(state) == ["i1", "i5"])
        _ = PanelFixtures.press([.escape], on: &state)
        #expect(shown(state).count == 12, "Esc empties the filter")
        _ = PanelFixtures.press([.character("/")] + PanelFixtures.type("BÄNK"), on: &state)
        #expect(shown(state) == ["i1", "i7"], "the list narrows while typing, case folded")
        _ = PanelFixtures.press(
            [.backspace, .backspace, .backspace, .backspace] + PanelFixtures.type("uss"), on: &state)
        #expect(shown(state) == ["i6", "i12"], "a shorter text widens the list again")
        _ = PanelFixtures.press([.enter], on: &state)
        #expect(panel(state)?.filter.text == "uss")
    }

    @Test func markManyThenTagThemAllAtOnce() throws {
        var state = Self.state()
        _ = PanelFixtures.press([.character(" "), .character(" "), .down, .character(" ")], on: &state)
        #expect(panel(state)?.marked == ["i1", "i2", "i4"])
        let effects = PanelFixtures.press([.character("t")] + PanelFixtures.type("lekplats") + [.enter], on: &state)
        let saved = try #require(PanelFixtures.saved(effects))
        #expect(saved.inputs.filter { $0.tags.contains("lekplats") }.map(\.id) == ["i1", "i2", "i4"])
        #expect(state.status == StatusLine(UIStrings.swedish.inputsTagged("lekplats", 3)))
        let counts = try #require(panel(state)).currentIndex(for: saved).counts
        #expect(counts.byTag["lekplats"] == 3, "the counts follow at once")
        // A category for the marked ones.
        let categorised = try #require(
            PanelFixtures.saved(PanelFixtures.press([.character("c"), .down, .down, .enter], on: &state)))
        #expect(categorised.inputs.filter { $0.category == "forslag" }.map(\.id).starts(with: ["i1", "i2", "i4"]))
        _ = PanelFixtures.press([.character("*")], on: &state)
        #expect(panel(state)?.marked.count == 12)
        _ = PanelFixtures.press([.character("*")], on: &state)
        #expect(panel(state)?.marked.isEmpty == true)
    }

    @Test func hiddenInputsNeedAReasonAndAreListedOnDemand() throws {
        var state = Self.state()
        _ = PanelFixtures.press([.character("d"), .enter], on: &state)
        #expect(state.status == StatusLine(UIStrings.swedish.inputsHideNeedsReason, isError: true))
        let effects = PanelFixtures.press(PanelFixtures.type("upprepning") + [.enter], on: &state)
        let saved = try #require(PanelFixtures.saved(effects))
        #expect(saved.input("i1")?.hidden?.reason == "upprepning")
        #expect(saved.inputs.count == 12, "nothing is deleted")
        #expect(!shown(state).contains("i1"))
        _ = PanelFixtures.press([.character("H")], on: &state)
        #expect(shown(state).first == "i1")
        let frame = AppView.render(state).buffer.lines.joined(separator: "\n")
        #expect(frame.contains("(dold: upprepning)"))
        let shownAgain = try #require(PanelFixtures.saved(PanelFixtures.press([.home, .character("d")], on: &state)))
        #expect(shownAgain.input("i1")?.hidden == nil)
    }

    @Test func anEmptyRegisterOffersNoKeyThatWouldActOnAnInput() {
        let state = Self.state(inputs: 0)
        let keys = Keymap.hints(for: state).map(\.keyText)
        #expect(keys.contains("/"))
        for key in ["Enter", "Space", "t", "c", "d", "=", "s", "*"] {
            #expect(!keys.contains(key), "\(key) has no input to act on")
        }
    }

    @Test func enterReadsTheWholeInputWhatBecameOfItFirst() throws {
        var state = Self.state()
        _ = PanelFixtures.press([.character("=")] + PanelFixtures.type("i2") + [.enter], on: &state)
        let input = try #require(Fixtures.screen(state)?.dialogue.input("i1"))
        #expect(Keymap.hints(for: state).contains { $0.keys == [.enter] && $0.inHintLine }, "Enter is in the hint line")
        _ = PanelFixtures.press([.enter], on: &state)
        guard case .reading(let viewer) = Fixtures.screen(state)?.mode else {
            Issue.record("Enter opens no viewer")
            return
        }
        #expect(viewer.title == "i1")
        #expect(viewer.text.hasPrefix(input.text + "\n\ni1 · dubblett av i2 · "), "the whole text, then its fate first")
    }

    @Test func aDuplicateIsLinkedAndAnInputBecomesASideIssue() throws {
        var state = Self.state()
        let linked = try #require(
            PanelFixtures.saved(
                PanelFixtures.press(
                    Array(repeating: .down, count: 6) + [.character("=")] + PanelFixtures.type("i1") + [.enter],
                    on: &state)))
        #expect(linked.input("i7")?.duplicateOf == "i1")
        #expect(linked.inputs.count == 12)
        let unlinked = try #require(PanelFixtures.saved(PanelFixtures.press([.character("=")], on: &state)))
        #expect(unlinked.input("i7")?.duplicateOf == nil)
        let side = try #require(PanelFixtures.saved(PanelFixtures.press([.character("s")], on: &state)))
        let issue = try #require(side.input("i7")?.sideIssue)
        #expect(side.planning.sideIssues.first { $0.id == issue }?.question == "Fler bänkar vid lekplatsen")
    }

    @Test func aLinkToAnInputThatIsNotThereIsSaidInOneSentence() {
        var state = Self.state()
        let effects = PanelFixtures.press([.character("=")] + PanelFixtures.type("i99") + [.enter], on: &state)
        #expect(effects.isEmpty)
        #expect(state.status?.isError == true)
    }

    @Test func inputsCapturedInMeetingModeAreInTheRegisterWhenItIsLeft() throws {
        var state = Self.state(inputs: 2)
        // A key in the panel, so the deck holds its state (and its index) from now on.
        _ = PanelFixtures.press([.down], on: &state)
        guard case .dialogue(var d) = state.screen else { return }
        state.openMeeting(MeetingFixtures.activity, in: &d)
        state.screen = .dialogue(d)
        _ = PanelFixtures.press(PanelFixtures.type("Nytt från mötet") + [.enter, .escape], on: &state)
        #expect(shown(state) == ["i1", "i2", "i3"])
        let index = try #require(panel(state)?.index)
        #expect(index.isCurrent(for: try #require(MeetingFixtures.dialogue(state)).inputs, filter: InputFilter()))
    }
}

/// The register's index counts as `InputCounts` does, from numbers made once per change of the inputs.
struct InputsIndexTests {
    private func inputs() throws -> [Input] {
        var dialogue = MeetingFixtures.dialogue(inputs: 12)
        try dialogue.hideInput("i3", reason: "dubbel", by: "anna", at: Fixtures.now)
        _ = try dialogue.addTag("lek", toInputs: ["i1", "i2", "i3"], by: "anna", at: Fixtures.now)
        return dialogue.inputs
    }

    @Test func theColumnsCountAsInputCountsDoes() throws {
        let inputs = try inputs()
        let columns = InputsColumns(inputs)
        #expect(columns.counts(of: Array(inputs.indices)) == InputCounts(inputs))
        let some = [0, 2, 5, 6, 11]
        #expect(columns.counts(of: some) == InputCounts(some.map { inputs[$0] }))
        #expect(columns.counts(of: []) == InputCounts([Input]()))
    }

    @Test func aNarrowedTextLooksOnlyAtTheRowsThatPassedAndAgreesWithTheDomain() throws {
        let inputs = try inputs()
        let wide = InputsIndex(inputs, filter: InputFilter(text: "b"))
        let narrow = InputsIndex(inputs, filter: InputFilter(text: "bä"), previous: wide)
        let expected = inputs.filter { InputFilter(text: "bä").matches($0) }.map(\.id)
        #expect(narrow.rows.map { inputs[$0].id } == expected)
        #expect(narrow.counts == InputCounts(expected.compactMap { id in inputs.first { $0.id == id } }))
        let widened = InputsIndex(inputs, filter: InputFilter(text: "Å", includeHidden: true), previous: narrow)
        #expect(
            widened.rows.map { inputs[$0].id }
                == inputs.filter { InputFilter(text: "Å", includeHidden: true).matches($0) }.map(\.id))
    }
}

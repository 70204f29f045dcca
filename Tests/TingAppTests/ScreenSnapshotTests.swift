import DialogueKit
import TerminalKit
import Testing

@testable import TingApp

/// The screens rendered into an in-memory buffer and compared with golden files.
struct ScreenSnapshotTests {
    static let sizes = [Size(width: 80, height: 24), Size(width: 120, height: 40), Size(width: 40, height: 12)]

    private func name(_ base: String, _ size: Size) -> String { "\(base)-\(size.width)x\(size.height)" }

    @Test(arguments: sizes)
    func emptyLibrary(size: Size) {
        var state = AppState(
            size: size, templates: [Fixtures.template], libraryPath: "/tmp/bibliotek", actor: "anna",
            now: Fixtures.now)
        _ = update(&state, .libraryListed([]))
        Snapshot.assertMatches(AppView.render(state), named: name("library-empty", size))
    }

    @Test(arguments: sizes + [Size(width: 1, height: 1)])
    func libraryWithDialoguesAndADamagedFile(size: Size) {
        var state = AppState(
            size: size, templates: [Fixtures.template], libraryPath: "/tmp/bibliotek", actor: "anna",
            now: Fixtures.now)
        var stopped = Fixtures.dialogue(title: "Trygghet på Söder")
        try? stopped.apply(.answer(.no), to: "b.gate1", by: "anna", at: Fixtures.now)
        var late = DialogueSummary(stem: "lekplats-i-raa", dialogue: Fixtures.dialogue(), isReadOnly: false)
        late.due = [
            DueItem(kind: .phaseEnd, date: LocalDate("2020-01-31")!, reference: "decision", words: "Beslut slutar")
        ]
        let entries: [LibraryEntry] = [
            .dialogue(late),
            .damaged(
                DamagedFile(
                    fileName: "trasig.json", place: "rad 3, kolumn 14", problem: "ogiltig JSON",
                    fix: "rätta filen eller återställ den förra versionen från .backup/trasig.json")),
            .dialogue(DialogueSummary(stem: "trygghet-pa-soder", dialogue: stopped, isReadOnly: true)),
        ]
        _ = update(&state, .libraryListed(entries))
        Snapshot.assertMatches(AppView.render(state), named: name("library-overdue", size))
        _ = update(&state, .keyPressed(.down))
        Snapshot.assertMatches(AppView.render(state), named: name("library-entries", size))
    }

    @Test(arguments: sizes)
    func dialogueWithStoppedGate(size: Size) {
        var state = Fixtures.dialogueState(size: size)
        _ = update(&state, .keyPressed(.character("n")))
        Snapshot.assertMatches(AppView.render(state), named: name("dialogue-stopped", size))
    }

    @Test(arguments: sizes)
    func planningWithAnswersAndGuidance(size: Size) {
        var state = Fixtures.dialogueState(size: size)
        let keys: [Key] =
            [.character("2"), .enter]
            + "För att barnen i Råå ska få säga sitt om lekplatsen".map {
                .character($0)
            } + [.enter, .down, .character("g")]
        for key in keys { _ = update(&state, .keyPressed(key)) }
        Snapshot.assertMatches(AppView.render(state), named: name("dialogue-planning", size))
    }

    @Test(arguments: sizes)
    func methodPickerWithAChosenMethod(size: Size) {
        var state = Fixtures.dialogueState(size: size)
        let keys: [Key] = [
            .character("2"), .down, .enter, .down, .enter, .character("3"), .character("m"), .character(" "), .down,
        ]
        for key in keys { _ = update(&state, .keyPressed(key)) }
        Snapshot.assertMatches(AppView.render(state), named: name("dialogue-methods", size))
    }

    @Test(arguments: sizes)
    func helpOverlay(size: Size) {
        var state = Fixtures.dialogueState(size: size)
        _ = update(&state, .keyPressed(.character("?")))
        Snapshot.assertMatches(AppView.render(state), named: name("dialogue-help", size))
    }

    @Test(arguments: [Size(width: 1, height: 1), Size(width: 0, height: 0), Size(width: 39, height: 9)])
    func tinyTerminalsShowOneClearLine(size: Size) {
        let state = Fixtures.dialogueState(size: size)
        let frame = AppView.render(state)
        #expect(frame.buffer.size == size)
        if size.width >= 30 {
            #expect(frame.buffer.lines.joined().contains("för litet"))
        }
    }

    @Test func aLongErrorTakesTheHintRowUntilTheNextKey() {
        var state = Fixtures.dialogueState(size: Size(width: 80, height: 24))
        let message =
            "Kunde inte spara lekplats-i-raa.json: disken är full; frigör utrymme och gör ändringen igen. "
            + "Den förra versionen finns kvar oförändrad i biblioteket."
        _ = update(&state, .storeFailed(message))
        Snapshot.assertMatches(AppView.render(state), named: "status-long-error-80x24")
        _ = update(&state, .keyPressed(.down))
        #expect(AppView.render(state).buffer.lines.last?.contains("flytta") == true)
    }

    @Test func editingShowsTheCursorInTheAnswer() throws {
        var state = Fixtures.dialogueState()
        for key: Key in [.character("2"), .enter, .character("å")] { _ = update(&state, .keyPressed(key)) }
        let frame = AppView.render(state)
        let cursor = try #require(frame.cursor)
        #expect(frame.buffer[cursor.x - 1, cursor.y].grapheme == "å")
    }
}

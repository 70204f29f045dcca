import DialogueKit
import Foundation
import TerminalKit
import Testing

@testable import TingApp

/// Key sequences in the Rapport panel: the preview scrolls, `e` exports through a picker and a file-name
/// prompt, and an existing file is replaced only after a yes. No file is written here: the effect says what
/// the runtime is to write.
struct ReportPanelUpdateTests {
    private typealias F = PanelFixtures

    /// The fixture dialogue in Utvärdering with the Rapport panel in front.
    private func reportPanel(size: Size = Size(width: 80, height: 24)) -> AppState {
        var state = Fixtures.dialogueState(size: size)
        _ = update(&state, .keyPressed(.character("5")))
        F.show(.report, on: &state)
        return state
    }

    private func panel(_ state: AppState) -> ReportPanel? { Fixtures.screen(state)?.panels[ReportPanel.self] }

    /// The export asked for by the effects, if one was.
    private func job(_ effects: [Effect]) -> ExportJob? {
        for case .export(let job) in effects { return job }
        return nil
    }

    @Test func utvarderingHasTheRapportPanel() {
        #expect(PanelRegistry.panels(in: .evaluation).map { $0.id }.contains(.report))
        #expect(PanelRegistry.title(.report) == "Rapport")
    }

    @Test func thePreviewScrollsAndStopsAtItsEnds() throws {
        var state = reportPanel()
        let d = try #require(Fixtures.screen(state))
        let context = state.panelContext(for: d)
        let total = ReportPanel().currentPreview(context).lines.count
        let last = total - ReportPanel.page(context.area)
        #expect(last > 10, "the fixture's report is longer than a screen")
        _ = F.press([.down, .down, .character("j")], on: &state)
        #expect(panel(state)?.scroll == 3)
        _ = F.press([.up, .character("k")], on: &state)
        #expect(panel(state)?.scroll == 1)
        _ = F.press([.end], on: &state)
        #expect(panel(state)?.scroll == last)
        _ = F.press([.pageDown, .down], on: &state)
        #expect(panel(state)?.scroll == last)
        _ = F.press([.home, .up], on: &state)
        #expect(panel(state)?.scroll == 0)
        #expect(F.text(state).contains("1–"), "the lines shown are told")
    }

    @Test func eExportsHereInsteadOfOpeningTheDetails() throws {
        var state = reportPanel()
        let effects = F.press([.character("e")], on: &state)
        #expect(effects.isEmpty)
        #expect(panel(state)?.mode == .choosingFormat(selected: 0))
        guard case .dialogue(let d) = state.screen, case .browsing = d.mode else {
            Issue.record("e opened the screen's details form on the Rapport panel")
            return
        }
        let hints = Keymap.hints(for: reportPanel())
        #expect(hints.contains { $0.keys == [.character("e")] && $0.label == UIStrings.swedish.keyExport })
        #expect(!hints.contains { $0.label == UIStrings.swedish.keyDetails }, "e is not also shown as details")
    }

    @Test func exportingAsksForAFileNameInTheStartFolderThenAsksTheRuntimeToWriteIt() throws {
        var state = reportPanel()
        state.workingDirectory = "/home/anna/dokument"
        _ = F.press([.character("e"), .enter], on: &state)
        guard case .naming(let choice, let editor) = panel(state)?.mode else {
            Issue.record("Enter on a format should ask for the file name")
            return
        }
        #expect(choice.format == .html)
        let name = DialogueExport.suggestedFileName(
            for: Fixtures.dialogue(), format: .html, table: .inputs)
        #expect(editor.text == "/home/anna/dokument/" + name)
        #expect(F.text(state).contains("/home/anna/dokument"), "the prompt says which folder")
        let effects = F.press([.enter], on: &state)
        let asked = try #require(job(effects))
        #expect(asked.format == .html && asked.path == "/home/anna/dokument/" + name && !asked.force)
        #expect(asked.stem == "lekplats-i-raa" && asked.dialogue == Fixtures.screen(state)?.dialogue)
        #expect(panel(state)?.mode == .browsing)
        _ = update(&state, .exportFinished(asked, .written(path: asked.path, bytes: 1234)))
        #expect(state.status == StatusLine("Exporterade 1234 byte till /home/anna/dokument/\(name)"))
    }

    @Test func aNameWithoutAFolderLandsInTheStartFolderAndTheLibrarysParentWhenThatIsUnknown() throws {
        var state = reportPanel()
        #expect(state.exportFolder == "/tmp", "the library /tmp/bibliotek's parent")
        _ = F.press([.character("e"), .down, .enter], on: &state)
        let clear = [Key](repeating: .backspace, count: 200)
        let effects = F.press(clear + F.type("rapport.md") + [.enter], on: &state)
        let asked = try #require(job(effects))
        #expect(asked.format == .md && asked.path == "rapport.md" && asked.folder == "/tmp")
        #expect(asked.resolvedPath == "/tmp/rapport.md")
    }

    @Test func anExistingFileIsReplacedOnlyAfterAYes() throws {
        var state = reportPanel()
        state.workingDirectory = "/home/anna"
        let asked = try #require(job(F.press([.character("e"), .enter, .enter], on: &state)))
        _ = update(&state, .exportFinished(asked, .exists(path: asked.path)))
        #expect(panel(state)?.mode == .confirmingOverwrite(asked))
        #expect(F.text(state).contains("Filen finns redan"))
        let again = try #require(job(F.press([.character("y")], on: &state)))
        #expect(again.force && again.path == asked.path)
        _ = update(&state, .exportFinished(again, .exists(path: asked.path)))
        #expect(F.press([.character("n")], on: &state).isEmpty)
        guard case .naming(_, let editor) = panel(state)?.mode else {
            Issue.record("n goes back to the file name")
            return
        }
        #expect(editor.text == asked.path)
    }

    @Test func aFailedExportSaysWhyAndKeepsTheName() throws {
        var state = reportPanel()
        state.workingDirectory = "/home/anna"
        let asked = try #require(job(F.press([.character("e"), .enter, .enter], on: &state)))
        _ = update(&state, .exportFinished(asked, .failed("Mappen /home/anna finns inte.")))
        #expect(state.status == StatusLine("Exporten misslyckades: Mappen /home/anna finns inte.", isError: true))
        guard case .naming = panel(state)?.mode else {
            Issue.record("a failure goes back to the name")
            return
        }
    }

    @Test func anEmptyNameIsRefusedAndEscCancels() {
        var state = reportPanel()
        _ = F.press([.character("e"), .enter], on: &state)
        let effects = F.press([Key](repeating: .backspace, count: 200) + [.enter], on: &state)
        #expect(effects.isEmpty)
        #expect(state.status == StatusLine("Skriv ett filnamn att exportera till.", isError: true))
        _ = F.press([.escape], on: &state)
        #expect(panel(state)?.mode == .browsing)
        _ = F.press([.character("e"), .escape], on: &state)
        #expect(panel(state)?.mode == .browsing)
    }
}

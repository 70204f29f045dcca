import DialogueKit
import TerminalKit
import Testing

@testable import TingApp

/// The Rapport panel rendered and compared with golden files: the preview at every size, the export picker
/// and the file-name prompt.
struct ReportPanelSnapshotTests {
    private typealias F = PanelFixtures

    private func state(size: Size) -> AppState {
        var state = Fixtures.dialogueState(size: size)
        _ = update(&state, .keyPressed(.character("5")))
        F.show(.report, on: &state)
        state.workingDirectory = "/home/anna/dokument"
        return state
    }

    @Test(arguments: PanelScreenSnapshotTests.sizes)
    func thePreview(size: Size) {
        Snapshot.assertMatches(AppView.render(state(size: size)), named: "report-\(size.width)x\(size.height)")
    }

    @Test func thePreviewScrolled() {
        var scrolled = state(size: Size(width: 80, height: 24))
        _ = F.press([.pageDown], on: &scrolled)
        Snapshot.assertMatches(AppView.render(scrolled), named: "report-scrolled-80x24")
    }

    @Test func theExportPickerAndTheFileNamePrompt() {
        var picking = state(size: Size(width: 80, height: 24))
        _ = F.press([.character("e")], on: &picking)
        Snapshot.assertMatches(AppView.render(picking), named: "report-export-picker-80x24")
        _ = F.press([.enter], on: &picking)
        Snapshot.assertMatches(AppView.render(picking), named: "report-export-name-80x24")
    }
}

import DialogueKit
import Foundation
import TerminalKit
import Testing

@testable import TingApp

/// Meeting mode's screen at the sizes a facilitator meets: a laptop (80×24), a small window (60×20), a
/// big screen or projector (120×40), and a terminal too small for anything (1×1).
struct MeetingSnapshotTests {
    @Test(arguments: [(80, 24), (60, 20), (120, 40), (1, 1)])
    func aMeetingUnderWay(width: Int, height: Int) {
        var state = MeetingFixtures.state(size: Size(width: width, height: height), inputs: 8)
        _ = PanelFixtures.press(PanelFixtures.type("Gångväg till skolan saknas"), on: &state)
        _ = update(&state, .keyPressed(.function(2)))
        Snapshot.assertMatches(AppView.render(state), named: "meeting-\(width)x\(height)")
    }
}

/// Meeting mode when the current point has run over, and while a target group is being chosen.
struct MeetingMomentSnapshotTests {
    @Test func anAgendaPointOverItsTime() {
        var state = MeetingFixtures.state(inputs: 3)
        state.now = Fixtures.now.addingTimeInterval(33 * 60 + 20)
        Snapshot.assertMatches(AppView.render(state), named: "meeting-overrun-80x24")
    }

    @Test func choosingTheSpeakersTargetGroup() {
        var state = MeetingFixtures.state(size: Size(width: 60, height: 20), inputs: 3)
        _ = PanelFixtures.press(
            PanelFixtures.type("Fler bussar") + [.function(4)] + PanelFixtures.type("u"), on: &state)
        Snapshot.assertMatches(AppView.render(state), named: "meeting-group-choice-60x20")
    }

    @Test func aPromptOverTypedWordsShowsThemOnTheStatusRow() {
        var state = MeetingFixtures.state(inputs: 3)
        _ = PanelFixtures.press(PanelFixtures.type("Fler bänkar") + [.function(3)], on: &state)
        let screen = AppView.render(state).buffer.lines
        #expect(screen.contains { $0.contains("Tagg ›") })
        #expect(screen.contains { $0.contains("väntar på raden: ”Fler bänkar”") }, "the words under the prompt show")
        #expect(!screen.contains { $0.contains("▸") }, "↑↓ move in no list behind the prompt, so none is marked")
        _ = PanelFixtures.press([.escape], on: &state)
        #expect(AppView.render(state).buffer.lines.contains { $0.contains("Inspel › Fler bänkar") })
    }
}

/// The smallest terminal Ting draws in (40×10) still has the capture line, the current point and the keys.
struct MeetingSmallestScreenTests {
    @Test func theCaptureLineAndTheCurrentPointFitAt40x10() {
        var state = MeetingFixtures.state(size: AppView.minimumSize, inputs: 3)
        _ = PanelFixtures.press(PanelFixtures.type("Kort"), on: &state)
        let frame = AppView.render(state)
        let screen = frame.buffer.lines.joined(separator: "\n")
        #expect(screen.contains("Inspel › Kort"))
        #expect(screen.contains("▶ 2/3 Samtal i grupper"))
        #expect(screen.contains("25:00 kvar"))
        #expect(frame.cursor?.y == 7, "the cursor on the capture line")
    }
}

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

import DialogueKit
import Foundation
import TerminalKit
import Testing

@testable import TingApp

/// The Underlag panel's screen: the counts above the register, one input marked, one hidden and listed
/// on demand, one a duplicate; at 80×24, 60×20, 120×40 and 1×1.
struct InputsPanelSnapshotTests {
    @Test(arguments: [(80, 24), (60, 20), (120, 40), (1, 1)])
    func theRegisterWithCountsMarksAndAHiddenInput(width: Int, height: Int) {
        var state = InputsPanelUpdateTests.state(inputs: 12, size: Size(width: width, height: height))
        let keys: [Key] =
            [.character("d")] + PanelFixtures.type("ohörbart på inspelningen") + [.enter, .character("H")]
            + [.down, .character("=")] + PanelFixtures.type("i7") + [.enter, .down, .character(" ")]
        _ = PanelFixtures.press(keys, on: &state)
        Snapshot.assertMatches(AppView.render(state), named: "inputs-\(width)x\(height)")
    }

    @Test func choosingATagToShow() {
        var state = InputsPanelUpdateTests.state(inputs: 12)
        _ = PanelFixtures.press([.character("T"), .down], on: &state)
        Snapshot.assertMatches(AppView.render(state), named: "inputs-tag-choice-80x24")
    }
}

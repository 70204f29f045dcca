import DialogueKit
import TerminalKit
import Testing

@testable import TingApp

/// The Analys and Enkät panels with the example's evaluation, at 80×24 and 120×40; 40×12 and 1×1 must not crash.
struct EvaluationPanelSnapshotTests {
    @Test(arguments: [(80, 24), (120, 40), (40, 12), (1, 1)])
    func analysisBesideItsEvidence(width: Int, height: Int) {
        var state = EvaluationPanelFixtures.state(.evaluation, size: Size(width: width, height: height))
        _ = PanelFixtures.press([.down], on: &state)
        Snapshot.assertMatches(AppView.render(state), named: "evaluation-\(width)x\(height)")
    }

    @Test(arguments: [(80, 24), (120, 40)])
    func theRepresentationTableAndTheMarks(width: Int, height: Int) {
        var state = EvaluationPanelFixtures.state(.evaluation, size: Size(width: width, height: height))
        // Past the questions to the table of groups.
        let questions = EvaluationContent(EvaluationPanelFixtures.dialogue()).questions.count
        _ = PanelFixtures.press(Array(repeating: .down, count: questions + 2), on: &state)
        Snapshot.assertMatches(AppView.render(state), named: "evaluation-representation-\(width)x\(height)")
    }

    @Test(arguments: [(80, 24), (120, 40), (40, 12), (1, 1)])
    func theParticipantsSurvey(width: Int, height: Int) {
        var state = EvaluationPanelFixtures.state(.survey, size: Size(width: width, height: height))
        _ = PanelFixtures.press([.down, .right], on: &state)
        Snapshot.assertMatches(AppView.render(state), named: "survey-\(width)x\(height)")
    }

    @Test func typingACount() {
        var state = EvaluationPanelFixtures.state(.survey)
        _ = PanelFixtures.press([.enter, .backspace, .backspace, .character("7")], on: &state)
        Snapshot.assertMatches(AppView.render(state), named: "survey-count-80x24")
    }
}

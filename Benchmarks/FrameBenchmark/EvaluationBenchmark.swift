// The Analys panel of Utvärdering with DESIGN.md's big dialogue (5,000 inputs, 200 target groups, the 50
// activities held and counted per group): moving between the questions, and answering one (the save key,
// after which the evidence is made again from the whole dialogue).

import DialogueKit
import Foundation
import TerminalKit
import TingApp

/// Moving in Analys, and Enter saving an answer typed before it (typing not measured).
func evaluationFigures(_ dialogue: Dialogue, template: Template, runs: Int) -> [String: [Double]] {
    var held = dialogue
    for (n, activity) in held.planning.activities.enumerated() {
        _ = try? held.setStatus(.held, ofActivity: activity.id, by: "bench", at: Date())
        _ = try? held.setAttendance(
            5, for: .group("g\(n * 4 % 200 + 1)"), ofActivity: activity.id, by: "bench", at: Date())
    }
    var analysis = implementationState(held, template: template)
    _ = update(&analysis, .keyPressed(.character("5")))
    while case .dialogue(let d) = analysis.screen, d.panel != .evaluation {
        _ = update(&analysis, .keyPressed(.character("]")))
    }
    // One key first, so the panel holds its content from then on, as after any first key in it.
    _ = update(&analysis, .keyPressed(.down))
    let moving = measureKeys(from: analysis, runs: runs) { n in (n / 3) % 2 == 0 ? .down : .up }
    var answering = analysis
    let clock = ContinuousClock()
    var answers: [Double] = []
    for n in 0..<runs {
        _ = update(&answering, .keyPressed(.enter))
        _ = update(&answering, .keyPressed(.character(n % 2 == 0 ? "a" : "b")))
        let elapsed = clock.measure {
            _ = update(&answering, .keyPressed(.enter))
            _ = AppView.render(answering)
        }
        answers.append(Double(elapsed.components.attoseconds) / 1e15 + Double(elapsed.components.seconds) * 1000)
    }
    return ["keypress-analysis-5000": moving, "answer-analysis-5000": answers]
}

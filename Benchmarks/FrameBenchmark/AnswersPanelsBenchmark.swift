// The Svar and Beslut panels of Återkoppling, keypress to frame, over the answered dialogue of
// ResponsesBenchmark.swift (5,000 inputs, 30 of 40 themes answered linking one decision).

import DialogueKit
import Foundation
import TerminalKit
import TingApp

/// Moving in Svar's inputs, answering the selected input (Enter on the status list: the save and the new
/// counts), and moving in Beslut (each decision's basis).
func answersPanelsFigures(_ held: Dialogue, template: Template, runs: Int) throws -> [String: [Double]] {
    var svar = implementationState(try answeredDialogue(held), template: template)
    _ = update(&svar, .keyPressed(.character("4")))
    while case .dialogue(let d) = svar.screen, d.panel != .responses { _ = update(&svar, .keyPressed(.character("]"))) }
    _ = update(&svar, .keyPressed(.tab))
    let moving = measureKeys(from: svar, runs: runs) { n in (n / 50) % 2 == 0 ? .down : .up }
    // Each Enter answers the next input (r and the status's ↓ not measured), then Esc closes the form.
    var answering = svar
    let clock = ContinuousClock()
    var answers: [Double] = []
    for n in 0..<runs {
        for key in [Key.down, .character("r")] + Array(repeating: Key.down, count: n % 3) {
            _ = update(&answering, .keyPressed(key))
        }
        let elapsed = clock.measure {
            _ = update(&answering, .keyPressed(.enter))
            _ = AppView.render(answering)
        }
        answers.append(Double(elapsed.components.attoseconds) / 1e15 + Double(elapsed.components.seconds) * 1000)
        _ = update(&answering, .keyPressed(.escape))
    }
    var beslut = svar
    _ = update(&beslut, .keyPressed(.character("]")))
    let decisions = measureKeys(from: beslut, runs: runs) { n in n % 20 < 10 ? .down : .up }
    return ["keypress-responses-5000": moving, "answer-responses-5000": answers, "keypress-decisions-5000": decisions]
}

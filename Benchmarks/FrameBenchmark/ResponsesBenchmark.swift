// The Svar and Beslut panels of Återkoppling with the 5,000 inputs of MeetingBenchmark.swift: 40 themes,
// half of them answered and linking one of ten decisions, and every tenth input answered on its own.

import DialogueKit
import Foundation
import TerminalKit
import TingApp

/// The big dialogue answered: ten decisions, the even themes answered linking them, every tenth input its own.
func answeredDialogue(_ held: Dialogue) throws -> Dialogue {
    var dialogue = held
    for n in 0..<10 {
        try dialogue.addDecision(
            body: "Nämnden", date: nil, paragraph: "§ \(n + 1)", caseNumber: "", text: "Beslut \(n + 1)", by: "bench",
            at: Date())
    }
    for n in stride(from: 0, to: 40, by: 2) {
        try dialogue.respond(
            toTheme: "tagg\(n)", with: Response(status: .implemented, decisions: ["b\(n % 10 + 1)"]), by: "bench",
            at: Date())
    }
    let own = stride(from: 0, to: dialogue.inputs.count, by: 10).map { dialogue.inputs[$0].id }
    try dialogue.respond(toInputs: own, with: Response(status: .considered, decisions: ["b1"]), by: "bench", at: Date())
    return dialogue
}

/// Moving in Svar's inputs, answering the selected input (Enter on the status list: the save and the new
/// counts), and moving in Beslut (each decision's basis).
func responsesFigures(_ held: Dialogue, template: Template, runs: Int) throws -> [String: [Double]] {
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

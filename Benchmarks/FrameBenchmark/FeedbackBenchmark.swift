// The Återkoppling panel with DESIGN.md's big dialogue: 5,000 inputs none answered yet, a chosen level whose
// promise is checked above three rounds, one of them overdue. Keypress to frame is `update` and `AppView.render`.

import DialogueKit
import Foundation
import TerminalKit
import TingApp

/// The Återkoppling panel: moving among the rounds (the promise check counts the 5,000 inputs once per change,
/// not once per frame), and `g` drafting a text from the data then Esc leaving the editor.
func feedbackFigures(_ dialogue: Dialogue, template: Template, runs: Int) throws -> [String: [Double]] {
    var dialogue = dialogue
    if let level = dialogue.levels.first(where: { $0.residentsGet != nil }),
        let item = dialogue.allItems.first(where: { $0.kind == .level })
    {
        try dialogue.apply(.response(level.id), to: item.id, by: "bench", at: Date())
    }
    for (audience, planned) in [("deltagarna", "2020-01-10"), ("invanarna", "2099-01-10"), ("beslutsfattarna", nil)] {
        _ = try dialogue.addFeedbackRound(
            audience: audience, plannedOn: planned.flatMap { LocalDate($0) }, channels: ["e-post"], by: "bench",
            at: Date())
    }
    var state = implementationState(dialogue, template: template)
    _ = update(&state, .keyPressed(.character("4")))
    while case .dialogue(let d) = state.screen, d.panel != .feedback {
        _ = update(&state, .keyPressed(.character("]")))
    }
    // One key first, so the panel holds its checks from then on, as after any first key in it.
    _ = update(&state, .keyPressed(.down))
    let moving = measureKeys(from: state, runs: runs) { n in (n / 2) % 2 == 0 ? .down : .up }
    let drafting = measureKeys(from: state, runs: runs) { n in n % 2 == 0 ? .character("g") : .escape }
    return ["keypress-feedback-5000": moving, "keypress-feedback-draft-5000": drafting]
}

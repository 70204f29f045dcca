// The response queries the Återkoppling panels make every frame, over the meeting benchmark's 5,000
// inputs: most answered through their 40 themes, some on their own, a few duplicates, some unanswered.

import DialogueKit
import Foundation

/// `dialogue` with a decision, 30 of its 40 themes answered, every tenth input answered on its own and
/// every fiftieth a duplicate of the input before it.
func answeredDialogue(_ dialogue: Dialogue) throws -> Dialogue {
    var dialogue = dialogue
    let decision = try dialogue.addDecision(
        body: "nämnden", date: nil, paragraph: "§ 1", caseNumber: "", text: "Beslut", by: "bench", at: Date())
    for n in 0..<30 {
        let status = ResponseStatus.allCases[n % 4]
        try dialogue.respond(
            toTheme: "tagg\(n)", with: Response(status: status, decisions: [decision]), by: "bench", at: Date())
    }
    let own = stride(from: 0, to: dialogue.inputs.count, by: 10).map { dialogue.inputs[$0].id }
    try dialogue.respond(toInputs: own, with: Response(status: .considered), by: "bench", at: Date())
    for index in stride(from: 1, to: dialogue.inputs.count, by: 50) {
        try dialogue.linkDuplicate(
            dialogue.inputs[index].id, of: dialogue.inputs[index - 1].id, by: "bench", at: Date())
    }
    return dialogue
}

/// Milliseconds for each of `runs` calls of `responseCounts()` and of `themes()`.
func responseFigures(_ dialogue: Dialogue, runs: Int) throws -> [String: [Double]] {
    let answered = try answeredDialogue(dialogue)
    let clock = ContinuousClock()
    var counts: [Double] = []
    var themes: [Double] = []
    var total = 0
    for _ in 0..<runs {
        let counted = clock.measure { total &+= answered.responseCounts().unanswered }
        counts.append(Double(counted.components.attoseconds) / 1e15 + Double(counted.components.seconds) * 1000)
        let listed = clock.measure { total &+= answered.themes().count }
        themes.append(Double(listed.components.attoseconds) / 1e15 + Double(listed.components.seconds) * 1000)
    }
    // Used, so the calls are not optimised away.
    if total == Int.min { print(total) }
    return ["response-counts-5000": counts, "themes-5000": themes]
}

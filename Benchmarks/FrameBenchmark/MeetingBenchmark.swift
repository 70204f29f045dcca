// Meeting mode and the Underlag panel with DESIGN.md's big dialogue: 5,000 inputs over 50 activities,
// 200 target groups. Keypress to frame is `update` and `AppView.render`, as for the checklist.

import DialogueKit
import Foundation
import TerminalKit
import TingApp

/// Helsingborg's dialogue with 200 target groups, 50 activities (each with a three-point agenda and the
/// standard run sheet) and 5,000 inputs spread over them, with categories and tags.
func meetingDialogue(_ template: Template) throws -> Dialogue {
    var dialogue = Dialogue(template: template, title: "Stort möte", now: Date())
    for n in 0..<200 {
        dialogue.planning.targetGroups.append(
            TargetGroup(id: "g\(n + 1)", name: "Grupp \(n + 1)", affected: .high, activity: .low))
    }
    var activities: [String] = []
    for n in 0..<50 {
        let id = dialogue.addActivity(title: "Möte \(n + 1)", kind: "möte", date: nil, by: "bench", at: Date())
        for point in ["Välkomna", "Samtal", "Summering"] {
            _ = try dialogue.addAgendaPoint(title: point, minutes: 20, toActivity: id, by: "bench", at: Date())
        }
        activities.append(id)
    }
    let categories = dialogue.inputCategories.map(\.id)
    for n in 0..<5_000 {
        _ = try dialogue.addInput(
            text: "Inspel nummer \(n) om torget, bänkarna och belysningen", activity: activities[n % 50],
            agendaPoint: "p\(n % 3 + 1)", category: categories[n % categories.count], tags: ["tagg\(n % 40)"],
            group: "g\(n % 200 + 1)", by: "bench", at: Date())
    }
    return dialogue
}

/// The dialogue open in Genomförande (phase 3) at 120×40.
func implementationState(_ dialogue: Dialogue, template: Template) -> AppState {
    var state = AppState(
        size: Size(width: 120, height: 40), templates: [template], libraryPath: "/tmp", actor: "bench", now: Date())
    _ = update(
        &state,
        .dialogueOpened(LoadedDialogue(stem: "stor", dialogue: dialogue, isReadOnly: false, readOnlyReason: nil)))
    _ = update(&state, .keyPressed(.character("3")))
    return state
}

/// Milliseconds of update + render for each key of `keys(n)`, n = 0..<runs, from `state`.
func measureKeys(from state: AppState, runs: Int, _ keys: (Int) -> Key) -> [Double] {
    var current = state
    let clock = ContinuousClock()
    var samples: [Double] = []
    for n in 0..<runs {
        let key = keys(n)
        let elapsed = clock.measure {
            _ = update(&current, .keyPressed(key))
            _ = AppView.render(current)
        }
        samples.append(Double(elapsed.components.attoseconds) / 1e15 + Double(elapsed.components.seconds) * 1000)
    }
    return samples
}

/// Meeting mode: typing (a character a key, F2 now and then), and Enter capturing an input into the 5,000.
func meetingFigures(_ dialogue: Dialogue, template: Template, runs: Int) throws -> [String: [Double]] {
    var meeting = implementationState(dialogue, template: template)
    meeting.openMeeting("a25")
    guard case .dialogue(let d) = meeting.screen, d.frontPanel == .meeting else {
        throw CocoaError(.featureUnsupported, userInfo: [NSLocalizedDescriptionKey: "meeting mode did not open"])
    }
    let typing = measureKeys(from: meeting, runs: runs) { n in n % 20 == 19 ? .function(2) : .character("å") }
    // Each Enter captures the line typed before it (typing not measured): the cost of one capture.
    var capturing = meeting
    let clock = ContinuousClock()
    var captures: [Double] = []
    for _ in 0..<runs {
        for character in "Fler bänkar" { _ = update(&capturing, .keyPressed(.character(character))) }
        let elapsed = clock.measure {
            _ = update(&capturing, .keyPressed(.enter))
            _ = AppView.render(capturing)
        }
        captures.append(Double(elapsed.components.attoseconds) / 1e15 + Double(elapsed.components.seconds) * 1000)
    }
    return ["keypress-meeting-5000": typing, "enter-meeting-5000": captures]
}

/// The Underlag panel: moving in the list, and typing a text filter (the list narrows at each key).
func registerFigures(_ dialogue: Dialogue, template: Template, runs: Int) -> [String: [Double]] {
    var register = implementationState(dialogue, template: template)
    while case .dialogue(let d) = register.screen, d.panel != .inputs {
        _ = update(&register, .keyPressed(.character("]")))
    }
    // One key first, so the panel holds its index from then on, as after any first key in it.
    _ = update(&register, .keyPressed(.down))
    let moving = measureKeys(from: register, runs: runs) { n in (n / 50) % 2 == 0 ? .down : .up }
    _ = update(&register, .keyPressed(.character("/")))
    // "torget" typed and taken back again and again: each key filters or widens the 5,000.
    let word = Array("torget")
    let filtering = measureKeys(from: register, runs: runs) { n in
        let step = n % (2 * word.count)
        return step < word.count ? .character(word[step]) : .backspace
    }
    return ["keypress-register-5000": moving, "keypress-register-filter-5000": filtering]
}

// Keypress to updated frame, measured on the pure path a keypress takes before the terminal
// writes it: `update(&state, .keyPressed)` then `AppView.render(state)`; and the save that
// follows a change, through the write lock and the version check, fsync included. The dialogue carries
// 200 target groups and a Planering checklist of 5,000 items; meeting mode and the Underlag panel
// are measured with 5,000 real inputs (MeetingBenchmark.swift). Writes one JSON result file per figure for
// scripts/bench/summary.py: {"label", "unit": "ms", "samples"}.
//
// usage: FrameBenchmark OUTPUT_FOLDER [RUNS]

import DialogueKit
import Foundation
import TerminalKit
import TingApp

let arguments = CommandLine.arguments
guard arguments.count >= 2 else {
    FileHandle.standardError.write(Data("usage: FrameBenchmark OUTPUT_FOLDER [RUNS]\n".utf8))
    exit(2)
}
let output = URL(fileURLWithPath: arguments[1])
let runs = arguments.count > 2 ? Int(arguments[2]) ?? 200 : 200

/// Helsingborg's dialogue with 5,000 extra Planering items and 200 target groups.
func bigDialogue(_ template: Template) -> Dialogue {
    var dialogue = Dialogue(template: template, title: "Stor dialog", now: Date())
    let planning = dialogue.phases.firstIndex { $0.phase == .planning }!
    for n in 0..<5_000 {
        dialogue.phases[planning].items.append(
            ChecklistItem(id: "stor.\(n)", kind: n % 3 == 0 ? .check : .question, text: "Inspel nummer \(n) från mötet")
        )
    }
    for n in 0..<200 {
        dialogue.planning.targetGroups.append(
            TargetGroup(
                id: "g\(n + 1)", name: "Grupp \(n + 1)", affected: n % 2 == 0 ? .high : .low,
                activity: n % 3 == 0 ? .high : .low, channels: ["SMS"]))
    }
    return dialogue
}

/// A state with the dialogue open on Planering, showing `panel`.
func state(_ dialogue: Dialogue, template: Template, panel: PanelID) -> AppState {
    var state = AppState(
        size: Size(width: 120, height: 40), templates: [template], libraryPath: "/tmp", actor: "bench", now: Date())
    _ = update(
        &state,
        .dialogueOpened(LoadedDialogue(stem: "stor", dialogue: dialogue, isReadOnly: false, readOnlyReason: nil)))
    _ = update(&state, .keyPressed(.character("2")))
    while case .dialogue(let d) = state.screen, d.panel != panel { _ = update(&state, .keyPressed(.character("]"))) }
    return state
}

/// Milliseconds for each of `runs` keypresses (alternating down and up) with the frame rendered.
func measure(_ dialogue: Dialogue, template: Template, panel: PanelID, runs: Int) -> [Double] {
    var current = state(dialogue, template: template, panel: panel)
    let clock = ContinuousClock()
    var samples: [Double] = []
    for n in 0..<runs {
        let key: Key = (n / 50) % 2 == 0 ? .down : .up
        let elapsed = clock.measure {
            _ = update(&current, .keyPressed(key))
            _ = AppView.render(current)
        }
        samples.append(Double(elapsed.components.attoseconds) / 1e15 + Double(elapsed.components.seconds) * 1000)
    }
    return samples
}

guard let template = BuiltInTemplates.all.first(where: { $0.id == "helsingborg" }) else { exit(1) }
let dialogue = bigDialogue(template)
for (label, panel) in [("keypress-checklist-5000", PanelID.checklist), ("keypress-groups-200", .groups)] {
    let result: [String: Any] = [
        "label": label, "unit": "ms", "samples": measure(dialogue, template: template, panel: panel, runs: runs),
    ]
    let data = try JSONSerialization.data(withJSONObject: result)
    try data.write(to: output.appendingPathComponent("\(label).json"))
}

let held = try meetingDialogue(template)
let meetingResults = try meetingFigures(held, template: template, runs: runs)
for (label, samples) in meetingResults.merging(
    registerFigures(held, template: template, runs: runs), uniquingKeysWith: { $1 }
).merging(
    try responseFigures(held, runs: runs), uniquingKeysWith: { $1 }
).merging(evaluationFigures(held, template: template, runs: runs), uniquingKeysWith: { $1 }) {
    let result: [String: Any] = ["label": label, "unit": "ms", "samples": samples]
    try JSONSerialization.data(withJSONObject: result).write(to: output.appendingPathComponent("\(label).json"))
}

/// Milliseconds for each of `runs` saves of the big dialogue to a temp library, fsync included,
/// each after one checklist edit, the way the TUI saves after a keypress: over the version loaded,
/// under the write lock.
func measureSaves(_ dialogue: Dialogue, runs: Int) throws -> [Double] {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ting-save-bench-\(getpid())")
    defer { try? FileManager.default.removeItem(at: folder) }
    let store = try DialogueStore(folder: folder)
    var loaded = try store.createLoaded(dialogue)
    let clock = ContinuousClock()
    var samples: [Double] = []
    for n in 0..<runs {
        try loaded.dialogue.apply(.done(n % 2 == 0), to: "stor.0", by: "bench", at: Date())
        let elapsed = try clock.measure {
            guard case .written(let version) = try store.save(loaded.dialogue, as: loaded.stem, over: loaded.version!)
            else { fatalError("the benchmark's save was not a plain write") }
            loaded.version = version
        }
        samples.append(Double(elapsed.components.attoseconds) / 1e15 + Double(elapsed.components.seconds) * 1000)
    }
    return samples
}

let saves: [String: Any] = [
    "label": "save-checklist-5000", "unit": "ms", "samples": try measureSaves(dialogue, runs: runs),
]
try JSONSerialization.data(withJSONObject: saves).write(to: output.appendingPathComponent("save-checklist-5000.json"))

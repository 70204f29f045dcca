// Measures capture and open with the inputs journal, the way the TUI and the CLI do them: one
// `addInput` then `DialogueStore.save(_:as:over:)` (lock, catch-up, append, fsync), over a dialogue
// of 200 target groups, 50 activities and 5,000 inputs (and 50 for the ratio), and `DialogueStore.load`.
//
// usage: CaptureBenchmark RESULTS_FOLDER [RUNS]   writes capture-5000.json, capture-50.json, open-5000.json
//                                                 and undo-tag-5000.json (`u` after another's capture)
//        CaptureBenchmark --open LIBRARY STEM     opens one dialogue and exits (for peak RSS)
//        CaptureBenchmark --make LIBRARY          writes the 5,000-input dialogue there, prints its stem
import DialogueKit
import Foundation

let arguments = CommandLine.arguments

/// A dialogue of 200 target groups and 50 activities with agendas, and `inputs` inputs spread over them.
func bigDialogue(inputs: Int) throws -> Dialogue {
    let template = BuiltInTemplates.all.first { $0.id == "helsingborg" } ?? BuiltInTemplates.all[0]
    let now = Date()
    var dialogue = Dialogue(template: template, title: "Stor dialog \(inputs)", now: now)
    for n in 0..<200 {
        dialogue.addTargetGroup(name: "Grupp \(n + 1)", affected: n % 2 == 0 ? .high : .low, activity: .low, at: now)
    }
    for n in 0..<50 {
        let id = dialogue.addActivity(
            title: "Dialogmöte \(n + 1)", kind: "möte", date: LocalDate("2025-04-01"), start: ClockTime("18.00"),
            end: ClockTime("20.00"), place: "Biblioteket", by: "bench", at: now)
        for point in ["Välkomna", "Bakgrund", "Samtal i grupper", "Sammanfattning"] {
            try dialogue.addAgendaPoint(title: point, minutes: 20, toActivity: id, by: "bench", at: now)
        }
    }
    let categories = dialogue.inputCategories.map(\.id)
    for n in 0..<inputs {
        try dialogue.addInput(
            text: "Inspel nummer \(n): fler bänkar och bättre belysning vid dammen, tänk på de äldre",
            activity: "a\(n % 50 + 1)", agendaPoint: "p\(n % 4 + 1)", category: categories[n % categories.count],
            tags: ["belysning", "trygghet"], group: "g\(n % 200 + 1)", source: .oral, by: "bench", at: now)
    }
    return dialogue
}

/// Milliseconds since `start`.
func milliseconds(since start: ContinuousClock.Instant) -> Double {
    let elapsed = ContinuousClock.now - start
    return Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
}

/// Milliseconds for each of `runs` captures into the dialogue, each durably on disk before the next.
func measureCaptures(inputs: Int, runs: Int, in folder: URL) throws -> [Double] {
    let store = try DialogueStore(folder: folder)
    var loaded = try store.createLoaded(try bigDialogue(inputs: inputs))
    var samples: [Double] = []
    for n in 0..<runs {
        let start = ContinuousClock.now
        try loaded.dialogue.addInput(
            text: "Nytt inspel \(n) från mötet", activity: "a1", agendaPoint: "p2", category: "teman", by: "bench",
            at: Date())
        guard case .written(let version) = try store.save(loaded.dialogue, as: loaded.stem, over: loaded.version!)
        else { fatalError("the benchmark's save was not a plain append") }
        loaded.version = version
        samples.append(milliseconds(since: start))
    }
    return samples
}

/// Milliseconds for each of `runs` undos of one tag on the 5,000 inputs after someone else captured one more
/// (so the undo merges, as `u` does then), the way `UndoStep.result` computes it.
func measureUndo(runs: Int) throws -> [Double] {
    let before = try bigDialogue(inputs: 5_000)
    var after = before
    try after.addTag("bänkar", toInputs: ["i17"], by: "bench", at: Date())
    var now = after
    try now.addInput(text: "Ett inspel från någon annan", by: "anna", at: Date())
    var samples: [Double] = []
    for _ in 0..<runs {
        let start = ContinuousClock.now
        let undone = now.applying(changeFrom: after, to: before)
        samples.append(milliseconds(since: start))
        precondition(undone?.input("i17")?.tags == ["belysning", "trygghet"] && undone?.inputs.count == 5_001)
    }
    return samples
}

func write(_ label: String, _ samples: [Double], to output: URL) throws {
    let result: [String: Any] = ["label": label, "unit": "ms", "samples": samples]
    try JSONSerialization.data(withJSONObject: result).write(to: output.appendingPathComponent("\(label).json"))
}

if arguments.count == 4, arguments[1] == "--open" {
    let store = try DialogueStore(folder: URL(fileURLWithPath: arguments[2]))
    let loaded = try store.load(arguments[3])
    guard loaded.dialogue.inputs.count >= 5_000 else { fatalError("expected the 5,000-input dialogue") }
} else if arguments.count == 3, arguments[1] == "--make" {
    let store = try DialogueStore(folder: URL(fileURLWithPath: arguments[2]))
    print(try store.createLoaded(try bigDialogue(inputs: 5_000)).stem)
} else {
    guard arguments.count > 1 else {
        FileHandle.standardError.write(Data("usage: CaptureBenchmark RESULTS_FOLDER [RUNS]\n".utf8))
        exit(2)
    }
    let output = URL(fileURLWithPath: arguments[1])
    let runs = arguments.count > 2 ? Int(arguments[2]) ?? 100 : 100
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ting-capture-bench-\(getpid())")
    defer { try? FileManager.default.removeItem(at: folder) }
    try write("capture-5000", try measureCaptures(inputs: 5_000, runs: runs, in: folder), to: output)
    try write("capture-50", try measureCaptures(inputs: 50, runs: runs, in: folder), to: output)
    let store = try DialogueStore(folder: folder)
    let stem = try store.createLoaded(try bigDialogue(inputs: 5_000)).stem
    var opens: [Double] = []
    for _ in 0..<max(10, runs / 5) {
        let start = ContinuousClock.now
        let loaded = try store.load(stem)
        opens.append(milliseconds(since: start))
        precondition(loaded.dialogue.inputs.count == 5_000)
    }
    try write("open-5000", opens, to: output)
    try write("undo-tag-5000", try measureUndo(runs: runs), to: output)
}

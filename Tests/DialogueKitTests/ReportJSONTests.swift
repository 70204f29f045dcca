import DialogueKit
import Foundation
import Testing

/// `DialogueReport.json`: the dialogue plus what is computed from it, stable and pretty.
@Suite struct ReportJSONTests {
    let now = Date(timeIntervalSince1970: 1_772_366_400)  // 2026-03-01 12:00 UTC, whole seconds
    let helsingborg = BuiltInTemplates.all.first { $0.id == "helsingborg" }!

    private func object(_ data: Data) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    @Test func carriesProgressCurrentPhaseAndTheGate() throws {
        var dialogue = Dialogue(template: helsingborg, title: "Torget", now: now)
        try dialogue.apply(.answer(.no), to: "beslut.tid", by: "test", at: now)
        let json = try object(DialogueReport.json(dialogue))
        #expect(
            json.keys.sorted() == [
                "currentPhase", "dialogue", "gate", "inputCounts", "inputs", "phases", "progress", "targetGroups",
                "warnings",
            ])
        #expect(json["currentPhase"] as? String == "decision")
        let progress = try #require(json["progress"] as? [String: Int])
        #expect(progress == ["done": 0, "total": dialogue.progress.total], "a gate answered nej is not done")
        let gate = try #require(json["gate"] as? [String: Any])
        #expect(gate["result"] as? String == "stopped")
        #expect(gate["stoppedBy"] as? [String] == ["beslut.tid"])
        #expect(gate["recommendation"] as? String == helsingborg.gate.recommendation)
        let phases = try #require(json["phases"] as? [[String: Any]])
        #expect(phases.map { $0["phase"] as? String } == Phase.allCases.map(\.rawValue))
    }

    @Test func theDialogueInsideDecodesBackUnchanged() throws {
        var dialogue = ExampleDialogue.make(template: helsingborg, now: now)
        dialogue.caseNumber = "KS 2026/1"
        let data = try DialogueReport.json(dialogue)
        let inner = try JSONSerialization.data(withJSONObject: try #require(object(data)["dialogue"]))
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        // The inputs are reported beside the dialogue (as in the library, where they have a file of their own).
        var stored = dialogue
        stored.inputs = []
        #expect(try decoder.decode(Dialogue.self, from: inner) == stored)
        let json = try object(data)
        #expect((json["inputs"] as? [[String: Any]])?.count == dialogue.inputs.count)
        #expect((json["gate"] as? [String: Any])?["result"] as? String == "passed")
        #expect((json["influenceLevel"] as? [String: Any])?["name"] as? String == "Delaktighet")
    }

    @Test func isStablePrettyAndSorted() throws {
        let dialogue = ExampleDialogue.make(template: helsingborg, now: now)
        let first = try DialogueReport.json(dialogue)
        #expect(first == (try DialogueReport.json(dialogue)))
        let text = String(decoding: first, as: UTF8.self)
        #expect(text.hasPrefix("{\n  \"currentPhase\" : \"feedback\",\n  \"dialogue\" : {\n"))
        #expect(text.contains("\"gate\" : {\n    \"recommendation\""))
    }
}

import DialogueKit
import Foundation
import Testing

/// `ting respond` and `ting decision add|list` against a temporary library, as a script would use them:
/// output, JSON, one clear sentence for a bad value with every file left as it was, and two scripts
/// answering at once losing nothing.
@Suite(.serialized)
struct RespondCLIEndToEndTests {
    private typealias CLI = ActivityInputCLIEndToEndTests

    /// A library with one dialogue whose `count` inputs carry the themes `tema0`, `tema1`, … (one each, by
    /// turns of `themes`); returns it and the stem.
    private static func library(inputs count: Int = 3, themes: Int = 2) throws -> (URL, String) {
        let (folder, stem) = try CLI.library()
        let store = try DialogueStore(folder: folder)
        var loaded = try store.load(stem)
        for n in 0..<count {
            try loaded.dialogue.addInput(text: "Inspel \(n + 1)", tags: ["tema\(n % themes)"], by: "anna", at: .now)
        }
        _ = try store.save(loaded.dialogue, as: stem, over: #require(loaded.version))
        return (folder, stem)
    }

    @Test func inputsAndThemesAreAnsweredLinkedToDecisionsAndListed() throws {
        let (folder, stem) = try Self.library()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(
            try CLI.ting(
                [
                    "decision", "add", stem, "--body", "Kultur- och fritidsnämnden", "--date", "2026-05-20",
                    "--paragraph", "§ 41", "--case", "KFN 2026/112", "--text", "Parken rustas enligt förslaget.",
                ], in: folder) == "b1\n")
        #expect(
            try CLI.ting(["respond", stem, "i1", "genomförs", "--decision", "b1"], in: folder)
                == "i1: genomförs (beslut b1)\n")
        #expect(
            try CLI.ting(["respond", stem, "i2", "ej", "aktuellt", "--reason", "Marken är såld"], in: folder)
                == "i2: ej aktuellt: Marken är såld\n")
        #expect(
            try CLI.ting(["respond", stem, "tema0", "utreds-vidare", "--decision", "b1"], in: folder)
                == "temat tema0: utreds vidare (beslut b1)\n")
        #expect(
            try CLI.ting(["respond", stem, "i3", "utanför frågan", "--forward-to", "Trafiknämnden"], in: folder)
                == "i3: utanför frågan → vidare till Trafiknämnden\n")
        #expect(try CLI.ting(["respond", stem, "i3", "--clear"], in: folder) == "i3: inget svar\n")

        let dialogue = try TingBinary.dialogue(stem, in: folder)
        #expect(dialogue.input("i1")?.response?.decisions == ["b1"])
        #expect(dialogue.input("i2")?.response?.status == .notRelevant)
        #expect(dialogue.input("i3")?.response == nil)
        // i3 carries tema0, whose response now answers it.
        #expect(dialogue.resolvedResponse(for: try #require(dialogue.input("i3")))?.source == .theme(tag: "tema0"))
        #expect(dialogue.responseCounts().unanswered == 0)

        #expect(
            try CLI.ting(["decision", "list", stem], in: folder)
                == "b1\tKultur- och fritidsnämnden\t2026-05-20\t§ 41\tKFN 2026/112\tParken rustas enligt förslaget.\t"
                + "teman: tema0; inspel: i1; 1 inspel genom teman\n")
        let json = try CLI.objects(try CLI.ting(["decision", "list", stem, "--json"], in: folder))
        #expect(json.count == 1)
        #expect(json[0]["id"] as? String == "b1" && json[0]["caseNumber"] as? String == "KFN 2026/112")
        #expect(json[0]["date"] as? String == "2026-05-20")
        #expect(json[0]["themes"] as? [String] == ["tema0"] && json[0]["inputs"] as? [String] == ["i1"])
        #expect(json[0]["throughThemes"] as? [String] == ["i3"])
    }

    @Test func badValuesAreOneSentenceAndLeaveTheLibraryAsItWas() throws {
        let (folder, stem) = try Self.library()
        defer { try? FileManager.default.removeItem(at: folder) }
        try CLI.ting(["respond", stem, "i1", "beaktas"], in: folder)
        let before = try CLI.files(in: folder)
        let cases: [([String], String)] = [
            (["respond", stem, "i9", "genomförs"], "'i9' är varken ett inspels id eller ett tema"),
            (["respond", stem, "okänt", "genomförs"], "`ting input list \(stem)`"),
            (["respond", stem, "i1", "kanske"], "'kanske' är inget svar; skriv ett av: ingår i förslaget"),
            (["respond", stem, "i1", "ej aktuellt"], "--reason"),
            (["respond", stem, "i1", "utanfor-fragan"], "--forward-to"),
            (["respond", stem, "i1", "genomförs", "--decision", "b4"], "inget beslut med id 'b4'"),
            (["respond", stem, "i1"], "--clear"),
            (["respond", stem, "i1", "genomförs", "--clear"], "--clear tar bort svaret"),
            (["decision", "add", stem, "--body", "nämnden", "--date", "20 maj", "--text", "x"], "ÅÅÅÅ-MM-DD"),
            (["decision", "add", stem, "--body", " ", "--date", "2026-05-20", "--text", "x"], "--body"),
            (["decision", "add", stem, "--body", "nämnden", "--date", "2026-05-20", "--text", ""], "--text"),
        ]
        for (arguments, words) in cases {
            let error = try CLI.refused(arguments, in: folder)
            #expect(error.contains(words), "\(arguments): \(error)")
        }
        #expect(try CLI.files(in: folder) == before)
    }

    @Test func twoRespondLoopsAndADecisionWriterAtOnceLoseNothing() throws {
        let inputs = 40
        let themes = 10
        let decisions = 8
        let (folder, stem) = try Self.library(inputs: inputs, themes: themes)
        defer { try? FileManager.default.removeItem(at: folder) }
        let runs = Runs()
        DispatchQueue.concurrentPerform(iterations: 3) { writer in
            let steps = [inputs, themes, decisions][writer]
            for n in 0..<steps {
                let (value, arguments): (String, [String]) =
                    switch writer {
                    case 0: ("i\(n + 1)", ["respond", stem, "i\(n + 1)", "genomförs"])
                    case 1: ("tema\(n)", ["respond", stem, "tema\(n)", "ej aktuellt", "--reason", "Skäl \(n)"])
                    default:
                        (
                            "Beslut \(n)",
                            [
                                "decision", "add", stem, "--body", "nämnden", "--date", "2026-05-20", "--text",
                                "Beslut \(n)",
                            ]
                        )
                    }
                let result = try? TingBinary.run(arguments + ["--dir", folder.path])
                runs.append(
                    InputWritersEndToEndTests.Run(
                        writer: writer, value: value, status: result?.status ?? -1, out: result?.out ?? "",
                        err: result?.err ?? ""))
            }
        }
        let failed = runs.all.filter { $0.status != 0 }
        #expect(failed.isEmpty, "\(failed.count) runs failed, e.g. \(failed.first?.err ?? "")")
        let dialogue = try TingBinary.dialogue(stem, in: folder)
        #expect(dialogue.inputs.count == inputs)
        #expect(dialogue.inputs.allSatisfy { $0.response?.status == .implemented }, "an input lost its response")
        #expect(dialogue.followUp.themeResponses.count == themes, "\(dialogue.followUp.themeResponses.count) themes")
        for n in 0..<themes {
            #expect(dialogue.themeResponse(for: "tema\(n)")?.response.reason == "Skäl \(n)")
        }
        let added = runs.all.filter { $0.writer == 2 && $0.status == 0 }
        #expect(dialogue.followUp.decisions.count == decisions)
        for run in added {
            let id = run.out.trimmingCharacters(in: .newlines)
            #expect(dialogue.decision(id: id)?.text == run.value, "\(run.value) is not under \(id)")
        }
    }
}

import DialogueKit
import Foundation
import Testing

/// Återkoppling's Svar and Beslut panels in the real binary: a theme and an input answered (a reason with
/// å ä ö), a decision recorded and linked; the responses reach the dialogue file and the inputs journal,
/// are there after reopening, and `ting show` shows them.
@Suite(.serialized)
struct ResponsesEndToEndTests {
    private static let reason = "Fritidsgården drivs av en förening; önskemålet går vidare till dem"

    @Test func aThemeAndAnInputAreAnsweredAndADecisionLinked() throws {
        let folder = try TingBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try TingBinary.newDialogue(["--template", "helsingborg", "--title", "Lekplats i Råå"], in: folder)
        let stem = "lekplats-i-raa"
        for (text, tags) in [
            ("Fler bänkar vid lekplatsen", ["--tag", "trygghet"]),
            ("Belysningen på gångvägen är dålig", ["--tag", "trygghet"]),
            ("Varför stängdes fritidsgården?", []),
        ] {
            let added = try TingBinary.run(["input", "add", stem, text] + tags + ["--dir", folder.path])
            #expect(added.status == 0, "\(added.err)")
        }
        do {
            let tui = try TmuxSession.ting(in: folder)
            try tui.openDialogue("Lekplats i Råå")
            try tui.send("4", "]")
            try tui.waitFor("utan svar 3")
            // The theme: r opens the status list, ↓ genomförs, Enter saves it.
            try tui.send("r")
            try tui.waitFor("Vad blev det av det?")
            try tui.send("Down", "Enter")
            try tui.waitFor("Svaret på temat ”trygghet” sparades")
            try tui.send("Escape")
            try tui.waitFor("utan svar 1")
            try tui.waitFor("genomförs 2")
            // The input without a theme: ej aktuellt waits for its reason.
            try tui.send("Tab", "End", "r", "Down", "Down", "Down", "Down", "Enter")
            try tui.waitFor("Inte sparat än")
            try tui.send("Enter")
            try tui.type(Self.reason)
            try tui.send("Enter")
            try tui.waitFor("Svaret gavs till 1 inspel")
            try tui.send("Escape")
            try tui.waitFor("utan svar 0")
            // A decision in the register: who decided, then what.
            try tui.send("]")
            try tui.waitFor("Beslutsregistret (0)")
            try tui.send("a")
            try tui.type("Kommunstyrelsen")
            try tui.send("Enter")
            try tui.type("Förslaget antas; bänkar köps in")
            try tui.send("Enter")
            try tui.waitFor("Beslutsregistret (1)")
            try tui.send("Escape")
            // Linked from the theme's response: ↓↓↓ to Beslut, Space chooses b1.
            try tui.send("[", "Tab", "Home", "r")
            try tui.waitFor("Svar på temat")
            try tui.send("Down", "Down", "Down", "Enter")
            try tui.waitFor("[ ] b1 · Kommunstyrelsen")
            try tui.send("Space", "Enter")
            try tui.waitFor("b1 · Kommunstyrelsen")
            try tui.send("Escape", "]")
            try tui.waitFor("Vad grundades beslutet på? 1 tema · 0 inspel med eget svar · 2 inspel i allt")
            // Removing it is refused while the theme links it, in the dialogue's words.
            try tui.send("d")
            try tui.waitFor("Beslutet 'b1' är länkat från 1 svar")
            try tui.send("q")
            try tui.waitFor("Ting · Invånardialoger")
            try tui.send("q")
            try tui.waitFor("[exit 0]")
        }
        let dialogue = try TingBinary.onlyDialogue(in: folder)
        #expect(dialogue.themeResponse(for: "trygghet")?.response.status == .implemented)
        #expect(dialogue.themeResponse(for: "trygghet")?.response.decisions == ["b1"])
        #expect(dialogue.decision(id: "b1")?.body == "Kommunstyrelsen")
        #expect(dialogue.input("i3")?.response?.status == .notRelevant)
        #expect(dialogue.input("i3")?.response?.reason == Self.reason)
        let file = try String(contentsOf: folder.appendingPathComponent("\(stem).json"), encoding: .utf8)
        #expect(file.contains("\"themeResponses\"") && file.contains("Förslaget antas; bänkar köps in"))
        let journal = try String(contentsOf: folder.appendingPathComponent("\(stem).inputs.jsonl"), encoding: .utf8)
        #expect(journal.contains(Self.reason), "the input's response is in its journal")
        #expect(!file.contains(Self.reason), "inputs never go into the dialogue file")
        do {
            let tui = try TmuxSession.ting(in: folder)
            try tui.openDialogue("Lekplats i Råå")
            try tui.send("4", "]", "Tab", "End", "Enter")
            try tui.waitFor("Var hamnade inspelet?")
            try tui.waitFor("Skäl: Fritidsgården drivs av en förening")
            try tui.send("Escape", "q")
            try tui.waitFor("Ting · Invånardialoger")
            try tui.send("q")
            try tui.waitFor("[exit 0]")
        }
        let shown = try TingBinary.run(["show", stem, "--json", "--dir", folder.path])
        #expect(shown.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(shown.out.utf8)) as? [String: Any])
        let shownDialogue = try #require(object["dialogue"] as? [String: Any])
        let followUp = try #require(shownDialogue["followUp"] as? [String: Any])
        let decisions = try #require(followUp["decisions"] as? [[String: Any]])
        #expect(decisions.first?["body"] as? String == "Kommunstyrelsen")
        let inputs = try #require(object["inputs"] as? [[String: Any]])
        let response = try #require(inputs.first { $0["id"] as? String == "i3" }?["response"] as? [String: Any])
        #expect(response["reason"] as? String == Self.reason)
    }
}

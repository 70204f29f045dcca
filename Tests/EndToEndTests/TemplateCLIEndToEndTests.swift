import Foundation
import Testing

/// `ting template check` and `--templates DIR`: a user's own template checked, listed and used.
@Suite final class TemplateCLIEndToEndTests {
    let folder: URL
    /// An empty config folder, so the tests never see a real `~/.config/ting/templates`.
    let environment: [String: String]

    init() throws {
        folder = try TingBinary.temporaryFolder()
        environment = ["XDG_CONFIG_HOME": folder.appendingPathComponent("config").path]
    }

    deinit {
        try? FileManager.default.removeItem(at: folder)
    }

    /// A small template with a role and two levels.
    static let template = """
        id = "egen"
        version = 2
        name = "Egen mall"
        about = "Vår egen handbok."

        [source]
        municipality = "Provby"
        title = "Provbyns handbok"
        year = 2026

        [gate]
        recommendation = "Informera i stället."

        [[roles]]
        id = "namnd"
        name = "Nämnd"
        responsibilities = ["Beslutar om dialogen blir av."]

        [[levels]]
        id = "veta"
        name = "Information"
        dialogue = false
        degree = 1
        description = "Invånarna får veta."

        [[levels]]
        id = "resonera"
        name = "Dialog"
        dialogue = true
        degree = 3
        description = "Invånarna får resonera."
        promise = "Vi lyssnar och återkopplar."

        [[phases]]
        phase = "decision"

        [[phases.items]]
        id = "beslut.paverkbar"
        kind = "gate"
        text = "Är frågan påverkbar?"
        role = "namnd"

        [[phases]]
        phase = "planning"

        [[phases.items]]
        id = "planering.niva"
        kind = "level"
        text = "Vilken nivå på deltagande ska ges?"

        [[phases]]
        phase = "implementation"

        [[phases]]
        phase = "feedback"

        [[phases]]
        phase = "evaluation"

        """

    private func write(_ text: String, to name: String) throws -> URL {
        let url = folder.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
        return url
    }

    @Test func checkSumsUpAValidTemplate() throws {
        let file = try write(Self.template, to: "egen.toml")
        let result = try TingBinary.run(["template", "check", file.path], environment: environment)
        #expect(result.status == 0, "\(result.err)")
        #expect(result.err.isEmpty)
        #expect(
            result.out == """
                \(file.path): mallen är giltig.
                  Id:      egen, version 2
                  Namn:    Egen mall
                  Källa:   Provby: Provbyns handbok (2026)
                  Punkter: 2 (Beslut 1, Planering 1, Genomförande 0, Återkoppling 0, Utvärdering 0)
                  Nivåer:  Information (1), Dialog (3)
                  Roller:  Nämnd

                """)
    }

    @Test func checkNamesThePlaceAndTheFixOfABrokenTemplate() throws {
        let broken = Self.template.replacingOccurrences(of: "role = \"namnd\"", with: "role = \"namd\"")
        let file = try write(broken, to: "trasig.toml")
        let result = try TingBinary.run(["template", "check", file.path], environment: environment)
        #expect(result.status != 0)
        #expect(result.out.isEmpty)
        #expect(
            result.err.contains(
                "\(file.path):41:8: role 'namd' i phases[0].items[0] finns inte bland mallens [[roles]]; "
                    + "skriv en av namnd eller lägg till [[roles]] med id = \"namd\".\n"))
    }

    @Test func checkRefusesACopyThatKeepsABuiltInId() throws {
        let copy = Self.template.replacingOccurrences(of: "id = \"egen\"", with: "id = \"helsingborg\"")
        let file = try write(copy, to: "kopia.toml")
        let result = try TingBinary.run(["template", "check", file.path], environment: environment)
        #expect(result.status != 0)
        #expect(result.err.contains("\(file.path):1:6: mallen har id 'helsingborg' som redan används av den inbyggda"))
    }

    @Test func aTemplateInTemplatesFolderIsListedShownAndUsable() throws {
        let templates = try write(Self.template, to: "mallar/egen.toml").deletingLastPathComponent()
        _ = try write(
            Self.template.replacingOccurrences(of: "kind = \"gate\"", with: "kind = \"gat\""), to: "mallar/trasig.toml")
        let option = ["--templates", templates.path]
        let list = try TingBinary.run(["template", "list"] + option, environment: environment)
        #expect(list.status == 0, "\(list.err)")
        let lines = list.out.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("helsingborg\t") == true)
        #expect(lines.contains("egen\tv2\tEgen mall\tProvby: Provbyns handbok (2026)"))
        #expect(lines.contains { $0.hasPrefix("Mallproblem: \(templates.path)/trasig.toml:39:8: okänd kind 'gat'") })
        let withoutOption = try TingBinary.run(["template", "list"], environment: environment)
        #expect(!withoutOption.out.contains("Egen mall"))

        let show = try TingBinary.run(["template", "show", "egen"] + option, environment: environment)
        #expect(show.status == 0, "\(show.err)")
        #expect(show.out.contains("\nRoller\n  Nämnd [namnd]\n      - Beslutar om dialogen blir av.\n"))
        #expect(show.out.contains("\n  Dialog [resonera] – dialog, trappsteg 3\n"))
        #expect(show.out.contains("\n  - beslut.paverkbar [kontrollfråga] (Nämnd)\n"))

        let libraryFolder = folder.appendingPathComponent("bibliotek")
        let library = ["--dir", libraryFolder.path]
        let stem = try TingBinary.newDialogue(
            ["--template", "egen", "--title", "Torget"] + option, in: libraryFolder, environment: environment)
        let answered = try TingBinary.run(
            ["answer", stem, "planering.niva", "resonera"] + library, environment: environment)
        #expect(answered.status == 0, "\(answered.err)")
        let shown = try TingBinary.run(["show", stem] + library, environment: environment)
        #expect(shown.out.contains("Mall:            Egen mall (egen, version 2)\n"))
        #expect(shown.out.contains("Löfte:           Vi lyssnar och återkopplar.\n"))
        #expect(shown.out.contains("  --    beslut.paverkbar  (Nämnd)\n"))
    }

    @Test func aMissingTemplatesFolderIsAnError() throws {
        let missing = folder.appendingPathComponent("finns-inte").path
        let result = try TingBinary.run(["template", "list", "--templates", missing], environment: environment)
        #expect(result.status != 0)
        #expect(result.err.contains("Mappen '\(missing)' i --templates finns inte"))
    }
}

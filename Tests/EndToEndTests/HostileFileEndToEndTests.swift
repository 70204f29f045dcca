import DialogueKit
import Foundation
import Testing

/// Files written to attack Ting, met by the real binary: nothing crashes, and no control, escape,
/// bidi or zero-width character from a file reaches the terminal raw, on stdout or stderr.
@Suite(.serialized)
struct HostileFileEndToEndTests {
    /// Text that a hostile file puts in a value.
    static let hostile = "A\u{1B}[31mB\u{9B}2J\u{7F}C\u{202E}D\u{200B}E\u{85}F\u{2066}G\u{FEFF}"

    /// The first raw character the terminal must never receive (C0 other than newline and tab,
    /// DEL, C1, bidi controls, zero-width characters), or nil.
    static func rawCharacter(in text: String) -> Unicode.Scalar? {
        text.unicodeScalars.first { s in
            let v = s.value
            return (v < 0x20 && s != "\n" && s != "\t") || (0x7F...0x9F).contains(v) || v == 0x061C
                || (0x200B...0x200F).contains(v) || (0x202A...0x202E).contains(v) || v == 0x2060
                || (0x2066...0x2069).contains(v) || v == 0xFEFF
        }
    }

    private func expectSafe(_ result: ChildProcess.Result, _ what: String) {
        for (stream, text) in [("stdout", result.out), ("stderr", result.err)] {
            if let raw = Self.rawCharacter(in: text) {
                Issue.record(
                    "\(what) wrote U+\(String(raw.value, radix: 16)) raw on \(stream):\n\(text.debugDescription)")
            }
        }
    }

    /// A library with a dialogue titled with hostile text, and a damaged file whose name is hostile.
    private func hostileLibrary() throws -> URL {
        let folder = try TingBinary.temporaryFolder()
        let dir = ["--dir", folder.path]
        let created = try TingBinary.run(["new", "--title", "Park"] + dir)
        #expect(created.status == 0, "\(created.err)")
        let file = folder.appendingPathComponent("park.json")
        var object = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [String: Any])
        object["title"] = Self.hostile
        try JSONSerialization.data(withJSONObject: object).write(to: file)
        try Data("{\"title\": \"\(Self.hostile)\", \"schemaVersion\": true}".utf8).write(
            to: folder.appendingPathComponent("x\u{1B}[2J\u{202E}.json"))
        return folder
    }

    @Test func listShowAndTheirErrorsWriteNothingRaw() throws {
        let folder = try hostileLibrary()
        defer { try? FileManager.default.removeItem(at: folder) }
        let dir = ["--dir", folder.path]
        let list = try TingBinary.run(["list"] + dir)
        #expect(list.status == 0)
        #expect(list.out.contains("A␛[31mB\u{FFFD}2J\u{FFFD}C‹U+202E›D‹U+200B›E"), "\(list.out)")
        #expect(list.out.contains("SKADAD"))
        expectSafe(list, "ting list")
        let show = try TingBinary.run(["show", "park"] + dir)
        #expect(show.status == 0)
        expectSafe(show, "ting show")
        let missing = try TingBinary.run(["show", "saknas"] + dir)
        #expect(missing.status != 0)
        #expect(missing.err.contains("välj en av"), "\(missing.err)")
        expectSafe(missing, "ting show saknas")
        let damaged = try TingBinary.run(["show", "x\u{1B}[2J\u{202E}"] + dir)
        #expect(damaged.status != 0)
        expectSafe(damaged, "ting show of the damaged file")
    }

    @Test func jsonEscapesC0C1DelBidiAndZeroWidthAndKeepsTheValue() throws {
        let folder = try hostileLibrary()
        defer { try? FileManager.default.removeItem(at: folder) }
        for arguments in [["list", "--json"], ["show", "park", "--json"]] {
            let result = try TingBinary.run(arguments + ["--dir", folder.path])
            #expect(result.status == 0, "\(result.err)")
            expectSafe(result, "ting \(arguments.joined(separator: " "))")
            for escape in ["\\u001b", "\\u009b", "\\u007f", "\\u202e", "\\u200b", "\\u0085", "\\u2066", "\\ufeff"] {
                #expect(result.out.contains(escape), "\(arguments) lacks \(escape)")
            }
            #expect(result.out.contains(Self.jsonValue), "the value must survive the escaping")
        }
    }

    /// How `hostile` reads once parsed back from the JSON: the very same text.
    static var jsonValue: String {
        "A\\u001b[31mB\\u009b2J\\u007fC\\u202eD\\u200bE\\u0085F\\u2066G\\ufeff"
    }

    /// `hostile` as a TOML string may hold it: TOML allows no raw control characters, so as escapes.
    static var tomlEscaped: String {
        hostile.unicodeScalars.map { s in
            s.isASCII && s.value >= 0x20 && s.value != 0x7F ? String(s) : String(format: "\\u%04X", s.value)
        }.joined()
    }

    /// Lund's template, with `replacing` replaced.
    static func lund(replacing old: String, with new: String) throws -> String {
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let text = try String(contentsOf: repository.appendingPathComponent("templates/lund.toml"), encoding: .utf8)
        #expect(text.contains(old))
        return text.replacingOccurrences(of: old, with: new)
    }

    @Test func templateCheckQuotesHostileValuesSafely() throws {
        let folder = try TingBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("mall.toml")
        try Data(try Self.lund(replacing: "kind = \"gate\"", with: "kind = \"\(Self.tomlEscaped)\"").utf8).write(
            to: file)
        let checked = try TingBinary.run(["template", "check", file.path])
        #expect(checked.status == 1)
        #expect(checked.err.contains("okänd kind"), "\(checked.err)")
        expectSafe(checked, "ting template check")
    }

    /// A valid user template named with hostile text: its summary, the template list and the
    /// template itself are printed safely.
    @Test func aHostileTemplateNameIsPrintedSafely() throws {
        let folder = try TingBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let templates = folder.appendingPathComponent("config/ting/templates")
        try FileManager.default.createDirectory(at: templates, withIntermediateDirectories: true)
        let file = templates.appendingPathComponent("egen.toml")
        let text = try Self.lund(replacing: "id = \"lund\"", with: "id = \"egen\"")
            .replacingOccurrences(of: "name = \"Lund – medborgardialog\"", with: "name = \"\(Self.tomlEscaped)\"")
        try Data(text.utf8).write(to: file)
        let environment = ["XDG_CONFIG_HOME": folder.appendingPathComponent("config").path]
        let checked = try TingBinary.run(["template", "check", file.path], environment: environment)
        #expect(checked.status == 0, "\(checked.err)")
        #expect(checked.out.contains("A␛[31mB"), "\(checked.out)")
        expectSafe(checked, "ting template check")
        for arguments in [["template", "list"], ["template", "show", "egen"]] {
            let result = try TingBinary.run(arguments, environment: environment)
            #expect(result.status == 0, "\(result.err)")
            #expect(result.out.contains("‹U+202E›"), "\(arguments): \(result.out)")
            expectSafe(result, "ting \(arguments.joined(separator: " "))")
        }
        let library = folder.appendingPathComponent("lib").path
        let created = try TingBinary.run(
            ["new", "--template", "egen", "--title", "Park", "--dir", library], environment: environment)
        #expect(created.status == 0, "\(created.err)")
        expectSafe(try TingBinary.run(["list", "--dir", library]), "ting list")
    }

    @Test(arguments: ["[Ämne]", "[åtgärder]", "[€]"])
    func aNonASCIITableHeaderIsAnErrorWithItsPlace(header: String) throws {
        let folder = try TingBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("mall.toml")
        try Data("id = \"x\"\n\(header)\n".utf8).write(to: file)
        let checked = try TingBinary.run(["template", "check", file.path])
        #expect(checked.status == 1, "ting died: \(checked.err)")
        #expect(checked.err.contains("mall.toml:2:2:"), "\(checked.err)")
        let templates = folder.appendingPathComponent("config/ting/templates")
        try FileManager.default.createDirectory(at: templates, withIntermediateDirectories: true)
        try FileManager.default.moveItem(at: file, to: templates.appendingPathComponent("mall.toml"))
        let environment = ["XDG_CONFIG_HOME": folder.appendingPathComponent("config").path]
        let listed = try TingBinary.run(["template", "list"], environment: environment)
        #expect(listed.status == 0, "\(listed.err)")
        #expect(listed.out.contains("helsingborg"))
        #expect(listed.out.contains("Mallproblem"))
        let created = try TingBinary.run(
            ["new", "--title", "Park", "--dir", folder.appendingPathComponent("lib").path], environment: environment)
        #expect(created.status == 0, "\(created.err)")
    }

    /// The TUI starts with a broken user template, theme and settings file; says so; keeps running
    /// after the catalogues load; and quits cleanly.
    @Test(arguments: ["template", "theme", "settings"])
    func theTUIStartsDespiteABrokenFile(kind: String) throws {
        let folder = try TingBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let config = folder.appendingPathComponent("config/ting")
        try FileManager.default.createDirectory(
            at: config.appendingPathComponent("templates"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(
            at: config.appendingPathComponent("themes"), withIntermediateDirectories: true)
        var arguments = ""
        let expected: String
        switch kind {
        case "template":
            try Data("id = \"x\"\n[Ämne]\n".utf8).write(to: config.appendingPathComponent("templates/trasig.toml"))
            expected = "trasig.toml:2:2"
        case "theme":
            try Data("[€]\n".utf8).write(to: config.appendingPathComponent("themes/trasigt.toml"))
            arguments = "--theme trasigt"
            expected = "rad 1, kolumn 2"
        default:
            try Data("[åtgärder]\n".utf8).write(to: config.appendingPathComponent("settings.toml"))
            expected = "settings.toml:1:2"
        }
        let tui = try TmuxSession.ting(
            in: folder, arguments: arguments,
            environment: ["XDG_CONFIG_HOME": folder.appendingPathComponent("config").path], width: 160)
        try tui.waitFor("Biblioteket är tomt")
        try tui.waitFor(expected)
        try tui.send("n")
        try tui.waitFor("Välj handbok")
        try tui.send("Escape")
        try tui.send("q")
        try tui.waitFor("[exit 0]")
    }

    /// An index that claims more done than there are (which trapped on overflow) is rebuilt.
    @Test func theTUIRebuildsATamperedIndex() throws {
        let folder = try TingBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try TingBinary.run(["new", "--title", "Park", "--dir", folder.path]).status == 0)
        let file = folder.appendingPathComponent("park.json")
        let old = Date(timeIntervalSinceNow: -3_600)
        try FileManager.default.setAttributes([.modificationDate: old], ofItemAtPath: file.path)
        Thread.sleep(forTimeInterval: 2.2)
        #expect(try TingBinary.run(["list", "--dir", folder.path]).status == 0)
        let index = folder.appendingPathComponent(".index")
        let lines = try String(contentsOf: index, encoding: .utf8).split(separator: "\n").map { line in
            guard line.hasPrefix("D\t") else { return String(line) }
            var fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            fields[11] = "9223372036854775807"
            fields[12] = "9223372036854775807"
            return fields.joined(separator: "\t")
        }
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: index)
        let tui = try TmuxSession.ting(in: folder)
        let screen = try tui.waitFor("Park")
        #expect(screen.contains("0 %"), "\(screen)")
        try tui.send("q")
        try tui.waitFor("[exit 0]")
        let listed = try TingBinary.run(["list", "--dir", folder.path])
        #expect(listed.out.contains("\t0/"), "\(listed.out)")
    }
}

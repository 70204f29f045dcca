import DialogueKit
import Foundation
import Testing

/// Every built-in handbook, created from the library screen, shows its own phases, words and roles.
@Suite(.serialized)
struct TemplateTUIEndToEndTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let templateID: String
        /// Tab titles in the handbook's words.
        let phases: [String]
        /// Words that only this handbook's Beslut phase shows.
        let words: String
        /// A role name shown beside a step.
        let role: String
        var testDescription: String { templateID }
    }

    static let cases = [
        Case(
            templateID: "helsingborg", phases: ["Beslut", "Planering", "Utvärdering"],
            words: "Kan beslutsfattarna påverkas i frågan", role: ""),
        Case(
            templateID: "lund", phases: ["Beslut", "Planering"], words: "Medborgardialog är inte",
            role: "(Förtroendevalda och tjänstepersoner)"),
        Case(
            templateID: "sollentuna", phases: ["Beslut", "Återkoppling"], words: "Beslut om utredning",
            role: "(Nämnd)"),
        Case(
            templateID: "vanersborg", phases: ["Inför beslut", "Planera", "Följ upp"],
            words: "Kontakta avdelningen för hållbar utveckling", role: "(Tjänsteperson)"),
    ]

    @Test(arguments: cases)
    func createFromTemplateShowsItsOwnWords(_ c: Case) throws {
        let folder = try TingBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let tui = try TmuxSession.ting(in: folder, width: 120, height: 40)
        try tui.waitFor("Biblioteket är tomt")
        try tui.send("n")
        try tui.waitFor("Välj handbok")
        // The whole list, not only its heading: a capture can land while a frame is being written.
        var picker = ""
        for template in BuiltInTemplates.all { picker = try tui.waitFor(template.name) }
        let rows = picker.split(separator: "\n").filter { $0.contains(" – ") && $0.contains(":") }
        let position = try #require(
            rows.firstIndex { $0.localizedCaseInsensitiveContains(Self.name(of: c.templateID)) },
            "template \(c.templateID) not offered:\n\(picker)")
        for _ in 0..<position { try tui.send("Down") }
        try tui.send("Enter")
        try tui.waitFor("Dialogens namn")
        try tui.type("Prov \(c.templateID)")
        try tui.send("Enter")
        let screen = try tui.waitFor(c.phases[0])
        for phase in c.phases { #expect(screen.contains(phase), "no tab '\(phase)':\n\(screen)") }
        try tui.waitFor(c.words)
        let beslut = try rolesShownInBeslut(tui, until: c.role)
        #expect(c.role.isEmpty || beslut.contains(c.role), "role \(c.role) not shown:\n\(beslut)")
        let roles = BuiltInTemplates.all.first { $0.id == c.templateID }?.roles ?? []
        if let first = roles.first {
            try tui.send("r")
            try tui.waitFor("Roll: \(first.name)")
            for _ in roles { try tui.send("r") }
            try tui.waitForAbsence("Roll:")
        }
        try tui.send("q")
        try tui.waitFor("Prov \(c.templateID)")
        try tui.send("q")
        try tui.waitFor("[exit 0]")
        let file = folder.appendingPathComponent("prov-\(c.templateID).json")
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(text.contains("\"id\" : \"\(c.templateID)\""))
    }

    /// Moves down the Beslut checklist until the role appears or the list ends; returns the screen.
    private func rolesShownInBeslut(_ tui: TmuxSession, until role: String) throws -> String {
        try tui.send("1")
        var screen = try tui.screen()
        for _ in 0..<20 where !role.isEmpty && !screen.contains(role) {
            try tui.send("Down")
            Thread.sleep(forTimeInterval: 0.05)
            screen = try tui.screen()
        }
        return screen
    }

    private static func name(of templateID: String) -> String {
        BuiltInTemplates.all.first { $0.id == templateID }?.name ?? templateID
    }
}

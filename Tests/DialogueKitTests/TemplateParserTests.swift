import DialogueKit
import Testing

/// `Template(toml:file:)`: what a valid file becomes, and one clear message per kind of mistake.
@Suite struct TemplateParserTests {
    /// A mistake made by editing the minimal template, and the exact message it must give.
    struct Mistake: Sendable, CustomTestStringConvertible {
        var name: String
        var edits: [(old: String, new: String)]
        var message: String
        var testDescription: String { name }
    }

    static let levelsBlock = """
        [[levels]]
        id = "resonemang"
        name = "Resonemang"
        dialogue = true
        degree = 3
        description = "Vi samtalar."


        """

    static let mistakes: [Mistake] = [
        Mistake(
            name: "missing key at the top", edits: [("name = \"Mini\"\n", "")],
            message: "mini.toml: nyckeln 'name' saknas på översta nivån; lägg till name = \"…\"."),
        Mistake(
            name: "missing key in an item", edits: [("text = \"Klart?\"\n", "")],
            message: "mini.toml:51:1: nyckeln 'text' saknas i phases[4].items[0]; lägg till text = \"…\"."),
        Mistake(
            name: "missing table", edits: [("[gate]\nrecommendation = \"Gör ingen dialog.\"\n\n", "")],
            message: "mini.toml: nyckeln 'gate' saknas på översta nivån; lägg till [gate]."),
        Mistake(
            name: "text instead of integer", edits: [("version = 1", "version = \"ett\"")],
            message: "mini.toml:2:11: 'version' på översta nivån ska vara ett heltal men är text; "
                + "skriv till exempel version = 1."),
        Mistake(
            name: "text instead of boolean", edits: [("dialogue = true", "dialogue = \"ja\"")],
            message: "mini.toml:16:12: 'dialogue' i levels[0] ska vara true eller false men är text; "
                + "skriv till exempel dialogue = true."),
        Mistake(
            name: "text instead of list", edits: [("dialogue = true", "dialogue = true\nmethods = \"workshop\"")],
            message: "mini.toml:17:11: 'methods' i levels[0] ska vara en lista med text men är text; "
                + "skriv till exempel methods = [\"…\", \"…\"]."),
        Mistake(
            name: "empty text", edits: [("text = \"Finns mandat?\"", "text = \"  \"")],
            message: "mini.toml:26:8: 'text' i phases[0].items[0] är tom; skriv texten mellan citattecknen."),
        Mistake(
            name: "unknown key", edits: [("text = \"Finns mandat?\"", "text = \"Finns mandat?\"\nguidence = \"x\"")],
            message: "mini.toml:27:12: okänd nyckel 'guidence' i phases[0].items[0]; "
                + "skriv en av id, kind, text, guidance, role, schedule, evidence, report."),
        Mistake(
            name: "unknown kind", edits: [("kind = \"gate\"", "kind = \"gat\"")],
            message: "mini.toml:25:8: okänd kind 'gat' i phases[0].items[0]; "
                + "skriv en av check, gate, question, date, level."),
        Mistake(
            name: "unknown role", edits: [("role = \"gemensam\"", "role = \"boss\"")],
            message: "mini.toml:55:8: role 'boss' i phases[4].items[0] finns inte bland mallens [[roles]]; "
                + "skriv en av gemensam eller lägg till [[roles]] med id = \"boss\"."),
        Mistake(
            name: "role without roles",
            edits: [
                (
                    "[[roles]]\nid = \"gemensam\"\nname = \"Gemensam\"\n"
                        + "responsibilities = [\"Utvärdera tillsammans.\"]\n", ""
                )
            ],
            message: "mini.toml:55:8: role 'gemensam' i phases[4].items[0] kräver att mallen har [[roles]], men den "
                + "har inga; lägg till [[roles]] med id = \"gemensam\" och name = \"…\", eller ta bort role."),
        Mistake(
            name: "duplicate role id",
            edits: [
                (
                    "responsibilities = [\"Utvärdera tillsammans.\"]\n",
                    "responsibilities = [\"Utvärdera tillsammans.\"]\n\n[[roles]]\nid = \"gemensam\"\n"
                        + "name = \"Igen\"\n"
                )
            ],
            message: "mini.toml:63:6: id 'gemensam' i roles[1] används redan i roles[0]; "
                + "byt till ett id som inte används."),
        Mistake(
            name: "missing degree", edits: [("degree = 3\n", "")],
            message: "mini.toml:13:1: nyckeln 'degree' saknas i levels[0]; lägg till degree = 1–5 efter nivåns "
                + "trappsteg: 1 information, 2 konsultation, 3 dialog, 4 inflytande, 5 medbeslutande, "
                + "till exempel degree = 3."),
        Mistake(
            name: "degree out of range", edits: [("degree = 3", "degree = 6")],
            message: "mini.toml:17:10: trappsteget 6 i 'degree' i levels[0] finns inte; skriv ett heltal 1–5: "
                + "1 information, 2 konsultation, 3 dialog, 4 inflytande, 5 medbeslutande."),
        Mistake(
            name: "unknown phase", edits: [("phase = \"decision\"\n", "phase = \"decison\"\n")],
            message: "mini.toml:21:9: okänd phase 'decison' i phases[0]; "
                + "skriv en av decision, planning, implementation, feedback, evaluation."),
        Mistake(
            name: "unknown bound", edits: [("bound = \"start\"", "bound = \"middle\"")],
            message: "mini.toml:40:12: okänd bound 'middle' i phases[1].items[1].schedule; skriv en av start, end."),
        Mistake(
            name: "id with capitals and spaces", edits: [("id = \"beslut.mandat\"", "id = \"Beslut Mandat\"")],
            message: "mini.toml:24:6: id 'Beslut Mandat' i phases[0].items[0] får bara innehålla a–z, 0–9, punkt, "
                + "bindestreck och understreck; skriv till exempel id = \"beslut-mandat\"."),
        Mistake(
            name: "version 0", edits: [("version = 1", "version = 0")],
            message: "mini.toml:2:11: version 0 på översta nivån är för lågt; skriv ett heltal från 1 och uppåt, "
                + "till exempel version = 1."),
        Mistake(
            name: "duplicate item id", edits: [("id = \"planering.niva\"", "id = \"beslut.mandat\"")],
            message: "mini.toml:32:6: id 'beslut.mandat' i phases[1].items[0] används redan i phases[0].items[0]; "
                + "byt till ett id som inte används."),
        Mistake(
            name: "duplicate level id",
            edits: [
                (
                    "description = \"Vi samtalar.\"\n",
                    "description = \"Vi samtalar.\"\n\n[[levels]]\nid = \"resonemang\"\nname = \"Igen\"\n"
                        + "dialogue = true\ndescription = \"Igen.\"\n"
                )
            ],
            message: "mini.toml:21:6: id 'resonemang' i levels[1] används redan i levels[0]; "
                + "byt till ett id som inte används."),
        Mistake(
            name: "missing phase", edits: [("[[phases]]\nphase = \"feedback\"\n\n", "")],
            message: "mini.toml:20:1: fasen 'feedback' saknas i phases; lägg till [[phases]] med phase = \"feedback\" "
                + "så att faserna står i ordningen decision, planning, implementation, feedback, evaluation."),
        Mistake(
            name: "phase twice", edits: [("phase = \"implementation\"", "phase = \"planning\"")],
            message: "mini.toml:43:9: fasen 'planning' i phases[2] finns redan i phases[1]; varje fas ska finnas "
                + "en gång, i ordningen decision, planning, implementation, feedback, evaluation."),
        Mistake(
            name: "phases out of order",
            edits: [
                (
                    "phase = \"implementation\"\n\n[[phases]]\nphase = \"feedback\"",
                    "phase = \"feedback\"\n\n[[phases]]\nphase = \"implementation\""
                )
            ],
            message: "mini.toml:43:9: fasen 'feedback' i phases[2] står i fel ordning; ordna [[phases]] som "
                + "decision, planning, implementation, feedback, evaluation."),
        Mistake(
            name: "schedule on a gate",
            edits: [
                (
                    "text = \"Finns mandat?\"",
                    "text = \"Finns mandat?\"\nschedule = { phase = \"decision\", bound = \"end\" }"
                )
            ],
            message: "mini.toml:27:12: schedule i phases[0].items[0] hör bara till punkter med kind = \"date\" men "
                + "punkten har kind 'gate'; ta bort schedule eller skriv kind = \"date\"."),
        Mistake(
            name: "schedule slot twice",
            edits: [
                (
                    "role = \"gemensam\"\n",
                    "role = \"gemensam\"\n\n[[phases.items]]\nid = \"utvardering.start\"\nkind = \"date\"\n"
                        + "text = \"Start igen\"\nschedule = { phase = \"decision\", bound = \"start\" }\n"
                )
            ],
            message: "mini.toml:61:12: schedule = { phase = \"decision\", bound = \"start\" } i phases[4].items[1] "
                + "sätts redan av phases[1].items[1]; låt bara en punkt sätta varje fas start och slut."),
        Mistake(
            name: "level item without levels", edits: [(levelsBlock, "")],
            message: "mini.toml:26:8: punkten i phases[1].items[0] har kind 'level' men mallen har inga [[levels]]; "
                + "lägg till nivåerna som [[levels]] eller välj en annan kind."),
        Mistake(
            name: "second level item", edits: [("kind = \"date\"", "kind = \"level\"")],
            message: "mini.toml:38:8: punkten i phases[1].items[1] är en andra punkt med kind 'level' (den första "
                + "finns i phases[1].items[0]); välj inflytandenivå på ett ställe och ge den här punkten en annan kind."
        ),
        Mistake(
            name: "no levels", edits: [(levelsBlock, ""), ("kind = \"level\"", "kind = \"question\"")],
            message: "mini.toml: mallen har inga [[levels]]; lägg till minst en nivå: [[levels]] med id, name, "
                + "dialogue och description."),
    ]

    @Test(arguments: mistakes)
    func eachMistakeGivesItsOwnMessageWithThePlace(_ mistake: Mistake) throws {
        var text = TemplateTestSupport.minimalTemplate()
        for edit in mistake.edits {
            #expect(text.contains(edit.old), "the edit '\(edit.old)' does not apply to the minimal template")
            text = text.replacingOccurrences(of: edit.old, with: edit.new)
        }
        let error = #expect(throws: TemplateError.self) { try Template(toml: text, file: "mini.toml") }
        #expect(error?.description == mistake.message)
    }

    @Test func everyMistakeHasADifferentMessage() {
        #expect(Set(Self.mistakes.map(\.message)).count == Self.mistakes.count)
    }

    @Test func syntaxErrorsGiveTOMLKitsLineAndColumn() throws {
        let text = TemplateTestSupport.minimalTemplate().replacingOccurrences(
            of: "name = \"Mini\"", with: "name = \"Mini")
        let error = try #require(#expect(throws: TemplateError.self) { try Template(toml: text, file: "mini.toml") })
        #expect(error.line == 3)
        #expect(error.column != nil)
        guard case .syntax = error.problem else {
            Issue.record("expected a syntax error, got \(error)")
            return
        }
        #expect(error.description.hasPrefix("mini.toml:3:"))
        #expect(error.description.contains(": filen är inte giltig TOML ("))
        #expect(
            error.description.hasSuffix(
                "; avsluta texten med \" på samma rad, eller skriv text över flera rader mellan \"\"\" och \"\"\"."))
    }

    @Test func aValidFileBecomesTheTemplate() throws {
        let template = try Template(toml: TemplateTestSupport.minimalTemplate(), file: "mini.toml")
        #expect(template.id == "mini")
        #expect(template.version == 1)
        #expect(template.source == TemplateSource(municipality: "Testby", title: "Testbyns handbok"))
        #expect(template.gate.recommendation == "Gör ingen dialog.")
        #expect(
            template.levels == [
                InfluenceLevel(
                    id: "resonemang", name: "Resonemang", description: "Vi samtalar.", isDialogue: true, degree: 3)
            ])
        #expect(template.phases.map(\.phase) == Phase.allCases)
        #expect(template.phases.map(\.title) == Phase.allCases.map(\.defaultTitle))
        #expect(template.allItems.map(\.kind) == [.gate, .level, .date, .check])
        #expect(template.item("planering.start")?.schedule == ScheduleSlot(phase: .decision, bound: .start))
        #expect(template.item("utvardering.klar")?.role == "gemensam")
        #expect(
            template.roles == [
                TemplateRole(id: "gemensam", name: "Gemensam", responsibilities: ["Utvärdera tillsammans."])
            ])
        #expect(template.item("beslut.mandat")?.guidance == nil)
    }
}

extension Template {
    /// The item with this id, for tests.
    fileprivate func item(_ id: String) -> ChecklistItem? {
        allItems.first { $0.id == id }
    }
}

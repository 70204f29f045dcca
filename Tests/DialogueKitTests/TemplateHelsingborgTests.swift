import DialogueKit
import Foundation
import Testing

/// Helsingborg's handbook, complete as the built-in template.
@Suite struct TemplateHelsingborgTests {
    let template: Template

    init() throws {
        template = try #require(BuiltInTemplates.all.first { $0.id == "helsingborg" })
    }

    /// The appendix headings that start a phase, in the handbook's words.
    static let appendixHeadings: [String: Phase] = [
        "Beslut": .decision, "Planering": .planning, "Planering; forts.": .planning,
        "Genomförande": .implementation, "Återkoppling": .feedback, "Utvärdering": .evaluation,
    ]

    @Test(
        "Every question of the appendix is an item of its phase, in the handbook's words and order",
        .needsHandbooks)
    func appendixQuestionsAreItems() throws {
        let handbook = try String(contentsOf: TemplateTestSupport.helsingborgHandbook, encoding: .utf8)
        let start = try #require(handbook.range(of: "Bilaga – Checklista för dialog"))
        var phase: Phase?
        var questions: [(phase: Phase, text: String)] = []
        for rawLine in handbook[start.upperBound...].split(separator: "\n") {
            var line = rawLine.trimmingCharacters(in: .whitespaces)
            if let heading = Self.appendixHeadings[line] {
                phase = heading
            } else if line.hasSuffix("?") {
                if line.hasPrefix("- ") { line.removeFirst(2) }
                questions.append((try #require(phase, "a question before the first phase heading"), line))
            }
        }
        #expect(questions.count == 25)
        for question in questions {
            let items = template.phases.first { $0.phase == question.phase }?.items ?? []
            #expect(
                items.contains { $0.text == question.text },
                "'\(question.text)' is not an item of \(question.phase) in templates/helsingborg.toml")
        }
        for phase in Phase.allCases {
            let handbookOrder = questions.filter { $0.phase == phase }.map(\.text)
            let templateTexts = template.checklist(phase)?.items.map(\.text) ?? []
            #expect(templateTexts.filter(handbookOrder.contains) == handbookOrder, "order in \(phase)")
        }
    }

    @Test func gateQuestionsAreTheFiveOfBeslut() throws {
        let decision = try #require(template.checklist(.decision))
        #expect(decision.title == "Beslut")
        #expect(decision.items.map(\.kind) == Array(repeating: .gate, count: 5))
        #expect(template.allItems.filter { $0.kind == .gate }.count == 5)
        #expect(
            template.gate.recommendation
                == "Vid nej på någon av ovanstående frågor ska ni inte genomföra invånardialog, om inte "
                + "förutsättningarna förändras. Fundera över om behovet av invånarkontakt istället kan täckas "
                + "av information eller konsultation.")
    }

    @Test func everyLevelOfTheModelIsPresent() {
        #expect(
            template.levels.map(\.name) == ["Information", "Konsultation", "Resonemang", "Delaktighet", "Medskapande"])
        #expect(template.levels.map(\.isDialogue) == [false, false, true, true, true])
        #expect(template.levels.map(\.degree) == [1, 2, 3, 4, 5])
        #expect(template.levels.allSatisfy { $0.description.count > 100 })
        let levelItems = template.allItems.filter { $0.kind == .level }
        #expect(levelItems.map(\.text) == ["Vad kan invånarna förvänta sig av dialogen – vilken grad av delaktighet?"])
        #expect(template.checklist(.planning)?.items.contains(levelItems[0]) == true)
    }

    @Test func theScheduleHasStartAndEndOfEveryPhase() throws {
        let dated = template.allItems.filter { $0.kind == .date }
        #expect(dated.allSatisfy { template.checklist(.planning)?.items.contains($0) == true })
        let slots = dated.compactMap(\.schedule)
        #expect(slots.count == dated.count)
        for phase in Phase.allCases {
            #expect(slots.filter { $0.phase == phase }.map(\.bound) == [.start, .end], "\(phase)")
        }
        let planningStart = try #require(dated.first { $0.schedule == ScheduleSlot(phase: .planning, bound: .start) })
        #expect(planningStart.guidance?.contains("listar inte Planering") == true)
    }

    @Test func successfulDialogueIsInAboutAndAsFourChecks() throws {
        let checks = try #require(template.checklist(.evaluation)).items.filter { $0.kind == .check }
        #expect(checks.count == 4)
        #expect(template.about.contains("En lyckad dialogprocess kännetecknas av att vi:"))
        for phrase in [
            "har haft dialog med de som vi ville ha dialog med",
            "har haft dialog kring den eller de frågor som vi ville",
            "har fått det underlag eller resultat som vi önskade av dialogen",
            "har återkopplat till dem som deltog i dialogen",
        ] {
            #expect(template.about.contains(phrase))
            #expect(checks.contains { $0.text.contains(phrase) }, "\(phrase)")
        }
    }

    @Test func phasesCarryTheHandbooksIntroductions() {
        #expect(template.phases.map(\.title) == ["Beslut", "Planering", "Genomförande", "Återkoppling", "Utvärdering"])
        #expect(template.checklist(.decision)?.intro?.hasPrefix("Om inte frågan och/eller beslutsfattarna") == true)
        #expect(
            template.checklist(.implementation)?.intro?.contains("Framgången i genomförandet har sin grund") == true)
        #expect(template.checklist(.implementation)?.intro?.hasPrefix("Om de två föregående stegen") == true)
        let groups = template.allItems.first { $0.text.hasPrefix("Vilka grupper behöver vi nå?") }
        #expect(groups?.guidance?.contains("representationsmodellen") == true)
    }
}

import DialogueKit
import Foundation
import Testing

/// Vänersborg's handbook, complete as the built-in template: the tests walk the handbook's text and
/// find every checklist line, question, arrow step and level in the template, in its phase.
@Suite(.needsHandbooks)
struct TemplateVanersborgTests {
    /// Something the handbook asks: the line it starts on, and the phase, kind and text of its item.
    typealias Asked = (line: Int, phase: Phase, kind: ItemKind, text: String)

    let template: Template
    let handbook: VanersborgHandbook

    init() throws {
        template = try #require(BuiltInTemplates.all.first { $0.id == "vanersborg" })
        handbook = try VanersborgHandbook()
    }

    /// The phase and role of each line of the three checklists (after Planera, Genomföra and Följa
    /// upp); the role is the one on the step's own page.
    static let checklists: [[(phase: Phase, role: String)]] = [
        [
            (.decision, "fortroendevald"), (.decision, "fortroendevald"), (.decision, "gemensam"),
            (.decision, "fortroendevald"), (.planning, "gemensam"), (.planning, "fortroendevald"),
            (.planning, "gemensam"),
        ],
        [(.implementation, "gemensam"), (.implementation, "tjansteperson"), (.implementation, "fortroendevald")],
        [
            (.feedback, "tjansteperson"), (.feedback, "gemensam"), (.evaluation, "gemensam"),
            (.evaluation, "gemensam"), (.evaluation, "tjansteperson"),
        ],
    ]

    /// The phase each checklist's heading question ("Har vi planerat klart?") closes.
    static let checklistHeadingPhases: [Phase] = [.planning, .implementation, .evaluation]

    /// The phase of each arrow step (➢), in the handbook's order.
    static let arrowPhases: [Phase] =
        Array(repeating: .decision, count: 5) + Array(repeating: .planning, count: 3)
        + Array(repeating: .implementation, count: 4) + [.feedback, .feedback, .evaluation, .evaluation]

    /// The handbook's lists by the line that leads into them: the phase and kind of their entries
    /// in the template, how many entries there are, and how an entry reads as an item.
    static let lists: [(lead: String, phase: Phase, kind: ItemKind, count: Int, asItem: @Sendable (String) -> String)] =
        [
            ("Dessa kriterier ska vara uppfyllda", .decision, .check, 3, capitalized),
            ("kontrollfrågor, för att ta reda på", .decision, .question, 3, { capitalized($0) + "?" }),
            ("reflekteras över:", .decision, .question, 4, { $0 }),
            ("ja kan planeringen starta.", .decision, .gate, 2, { $0 }),
            ("Besvara dessa frågor före invånardialogen:", .implementation, .question, 3, { $0 }),
            ("Besvara dessa frågor efter invånardialogen:", .implementation, .question, 3, { $0 }),
            ("Återkopplingen bör bestå av:", .implementation, .check, 3, { $0 }),
            (
                "Vad har det till exempel framkommit för:", .feedback, .question, 4,
                { "Vad har det framkommit för \($0.prefix(1).lowercased() + $0.dropFirst())?" }
            ),
            ("Frågor för analys", .evaluation, .question, 8, { $0 }),
            ("Förslag på innehåll i rapporten:", .evaluation, .question, 6, { $0 }),
        ]

    static func capitalized(_ text: String) -> String {
        text.prefix(1).uppercased() + text.dropFirst()
    }

    @Test("Every line of the three checklists is an item of its phase, in order, with its step's role")
    func checklistLinesAreItems() throws {
        let checklists = checklistLines()
        try #require(checklists.map(\.count) == Self.checklists.map(\.count))
        let lines = zip(checklists.joined(), Self.checklists.joined())
        for (line, step) in lines {
            let item = template.checklist(step.phase)?.items.first { $0.text == line.text }
            #expect(item != nil, "'\(line.text)' is not an item of \(step.phase) in templates/vanersborg.toml")
            #expect(item?.role == step.role, "the role of '\(line.text)'")
        }
        for phase in Phase.allCases {
            expectOrder(lines.filter { $0.1.phase == phase }.map(\.0.text), in: phase)
        }
    }

    @Test("Every question and condition the handbook lists is an item of its phase, in the handbook's order")
    func askedIsItems() throws {
        let asked = try askedInHandbook()
        #expect(asked.count == 49)
        for question in asked {
            let item = template.checklist(question.phase)?.items.first { $0.text == question.text }
            #expect(item != nil, "'\(question.text)' is not an item of \(question.phase) in templates/vanersborg.toml")
            #expect(item?.kind == question.kind, "the kind of '\(question.text)'")
        }
        for phase in Phase.allCases {
            expectOrder(asked.filter { $0.phase == phase }.map(\.text), in: phase)
        }
    }

    @Test("Each checklist's heading question closes its phase, with the handbook's call to reflect")
    func checklistHeadingsCloseTheirPhases() throws {
        let headings = try checklistHeadings()
        try #require(headings.count == Self.checklistHeadingPhases.count)
        for (heading, phase) in zip(headings, Self.checklistHeadingPhases) {
            let last = template.checklist(phase)?.items.last
            #expect(last?.text == heading.text)
            #expect(last?.guidance == heading.reflection)
        }
    }

    @Test("Every arrow step is an item of its phase or the guidance of one, in the handbook's order")
    func arrowStepsAreInTheirPhase() throws {
        let arrows = handbook.entries(marked: "➢ ")
        try #require(arrows.count == Self.arrowPhases.count)
        for phase in Phase.allCases {
            let steps = zip(arrows, Self.arrowPhases).filter { $0.1 == phase }.map {
                $0.0.text.trimmingCharacters(in: CharacterSet(charactersIn: ".: "))
            }
            let items = template.checklist(phase)?.items ?? []
            let positions = steps.map { step in
                items.firstIndex { $0.text == step || $0.guidance?.contains(step) == true }
            }
            for (step, position) in zip(steps, positions) {
                #expect(position != nil, "the step '\(step)' is neither an item of \(phase) nor in its guidance")
            }
            let found = positions.compactMap { $0 }
            #expect(found == found.sorted(), "the arrow steps of \(phase) are out of order")
        }
    }

    @Test("The gate is the two questions of Beslut, and a nej says to inform instead")
    func gateIsTheTwoQuestions() throws {
        let gates = template.allItems.filter { $0.kind == .gate }
        let lead = try handbook.line(containing: "ja kan planeringen starta.")
        #expect(gates.map(\.text) == handbook.list(after: lead).map(\.text))
        #expect(template.checklist(.decision)?.items.filter { $0.kind == .gate } == gates)
        #expect(gates.allSatisfy { $0.role == "fortroendevald" })
        let flowing = handbook.flowing
        let nej = try #require(flowing.range(of: "Om svaret är nej: – "))
        let end = try #require(flowing[nej.upperBound...].firstIndex(of: "."))
        let advice = String(flowing[nej.upperBound..<end])
        #expect(advice.hasPrefix("informera istället"))
        #expect(template.gate.recommendation.contains(advice))
    }

    @Test("The ladder's five levels, each with the handbook's words, methods, degree and a promise")
    func ladderIsTheHandbooks() throws {
        let first = try handbook.line(containing: "Kännetecken")
        let last = try handbook.line(containing: "INFLYTANDENIVÅ", from: first)
        let ladder = handbook.lines[first..<last].filter {
            $0.count > 4 && $0.allSatisfy(\.isLetter) && $0 == $0.uppercased()
        }
        #expect(template.levels.map { $0.name.uppercased() } == ladder)
        #expect(template.levels.map(\.degree) == [1, 2, 3, 4, 5])
        #expect(template.levels.map(\.isDialogue) == [false, true, true, true, true])
        let residentsGet = handbook.lines.indices.filter { handbook.lines[$0].hasPrefix("Invånarna får") }.map {
            start in VanersborgHandbook.flow(handbook.lines[start...].prefix { !$0.isEmpty })
        }
        #expect(residentsGet.count == 5)
        #expect(Set(template.levels.compactMap(\.residentsGet)) == Set(residentsGet))
        let flowing = handbook.flowing
        for level in template.levels {
            let characteristics = level.description.prefix { $0 != "." }
            #expect(flowing.contains(characteristics), "the characteristics of \(level.name)")
            #expect(!level.methods.isEmpty)
            #expect(
                flowing.localizedCaseInsensitiveContains(level.methods.joined(separator: ", ")),
                "the method examples of \(level.name)")
            #expect(level.promise?.isEmpty == false, "the promise of \(level.name)")
        }
        let levelItems = template.allItems.filter { $0.kind == .level }
        #expect(levelItems.map(\.text) == ["Besluta om inflytandenivå"])
        #expect(template.checklist(.planning)?.items.contains { $0.kind == .level } == true)
    }

    @Test("The roles are the handbook's three, in its words, and only the conditions and headings have none")
    func rolesAreTheHandbooks() throws {
        let legend = try handbook.line(containing: "Planera Genomföra Utvärdera")
        let names = handbook.lines[(legend + 1)...].filter { !$0.isEmpty }.prefix(3)
        #expect(template.roles.map(\.name) == Array(names))
        let flowing = handbook.flowing
        for role in template.roles {
            #expect(!role.responsibilities.isEmpty, "\(role.name) has no responsibilities")
            for responsibility in role.responsibilities {
                #expect(flowing.contains(responsibility), "'\(responsibility)' is not the handbook's words")
            }
            #expect(template.allItems.contains { $0.role == role.id }, "no item has the role \(role.name)")
        }
        let conditions = try askedInHandbook().filter { $0.kind == .check && $0.phase == .decision }.map(\.text)
        let headings = try checklistHeadings().map(\.text)
        #expect(template.allItems.filter { $0.role == nil }.map(\.text) == conditions + headings)
    }

    @Test("Setting goals carries the handbook's goal table, and each kind of goal its description")
    func goalsCarryTheGoalTable() throws {
        let start = try handbook.line(containing: "Typ av mål Mål Indikatorer")
        let end = try handbook.line(containing: "Den här mallen kan användas", from: start)
        let questions = handbook.questions(in: start..<end)
        #expect(questions.count == 6)
        let guidance = try #require(template.allItems.first { $0.text == "Sätt mål för dialogen" }?.guidance)
        for question in questions {
            #expect(guidance.contains(question), "the goal table's '\(question)'")
        }
        let explanation = VanersborgHandbook.flow(handbook.lines[end...].prefix { !$0.isEmpty })
        #expect(guidance.contains(explanation.replacingOccurrences(of: "Den här mallen ", with: "")))
        let flowing = handbook.flowing
        let kinds = try goalKinds()
        for kind in kinds {
            let item = template.checklist(.planning)?.items.first { $0.text == kind.text }
            let description = item?.guidance?.prefix { $0 != "." } ?? ""
            #expect(!description.isEmpty && flowing.contains(description), "the description of \(kind.text)")
        }
    }

    @Test("Dates set the times the handbook asks for: the dialogue's and the time plan up to the decision")
    func datesAreWhereTheHandbookAsksForATime() {
        let dates = template.allItems.filter { $0.kind == .date }
        #expect(dates.allSatisfy { template.checklist(.implementation)?.items.contains($0) == true })
        #expect(
            dates.compactMap(\.schedule) == [
                ScheduleSlot(phase: .implementation, bound: .start), ScheduleSlot(phase: .implementation, bound: .end),
                ScheduleSlot(phase: .feedback, bound: .start), ScheduleSlot(phase: .feedback, bound: .end),
            ])
        let flowing = handbook.flowing
        for phrase in [
            "Välj en tidpunkt för dialogen som är anpassad till målgruppen",
            "hur processen fram till beslut ser ut och en tidplan delges",
        ] {
            #expect(flowing.contains(phrase))
            #expect(dates.contains { $0.guidance?.contains(phrase) == true }, "no date cites '\(phrase)'")
        }
    }

    @Test("The source, the adoption and the phase titles are the handbook's")
    func sourceAndTitlesAreTheHandbooks() {
        #expect(template.source.municipality == "Vänersborg")
        #expect(handbook.lines.first { !$0.isEmpty } == template.source.title)
        #expect(template.source.year == 2024)
        let flowing = handbook.flowing
        #expect(flowing.contains("Policyn antogs av Kommunfullmäktige 2022-11-23, §176."))
        #expect(flowing.contains("Senast reviderad 2024-01-08"))
        for date in ["2022-11-23", "176", "2024-01-08"] {
            #expect(template.source.adoption?.contains(date) == true, "the adoption lacks \(date)")
        }
        let titles = template.phases.map(\.title)
        #expect(titles == ["Inför beslut", "Planera", "Genomföra", "Följ upp", "Utvärdera"])
        for title in titles {
            #expect(flowing.contains(title), "'\(title)' is not the handbook's word")
        }
        #expect(template.phases.allSatisfy { $0.intro?.isEmpty == false })
    }

    // MARK: - Reading the handbook

    /// The lines of the three checklists, with the line each is on.
    private func checklistLines() -> [[(line: Int, text: String)]] {
        handbook.lines.indices.filter { handbook.lines[$0] == "Checklista" }.map { handbook.list(after: $0) }
    }

    /// Each checklist's heading question ("Har vi planerat klart?": the last line above the
    /// checklist that is a question alone in its paragraph) and the call to reflect below it.
    private func checklistHeadings() throws -> [(line: Int, text: String, reflection: String)] {
        let lines = handbook.lines
        return try lines.indices.filter { lines[$0] == "Checklista" }.map { checklist in
            let heading = try #require(
                (1..<checklist).last { lines[$0].hasSuffix("?") && lines[$0 - 1].isEmpty && lines[$0 + 1].isEmpty },
                "no heading question above the checklist on line \(checklist + 1)")
            let reflection = VanersborgHandbook.flow(lines[(heading + 2)...].prefix { !$0.isEmpty })
            return (heading, lines[heading], reflection)
        }
    }

    /// Everything the handbook asks outside its checklists, in the handbook's order: its lists, the
    /// kinds of goal, the questions of the target group analysis and the checklists' headings.
    private func askedInHandbook() throws -> [Asked] {
        var asked: [Asked] = []
        for list in Self.lists {
            let entries = handbook.list(after: try handbook.line(containing: list.lead))
            #expect(entries.count == list.count, "the list after '\(list.lead)'")
            asked += entries.map { ($0.line, list.phase, list.kind, list.asItem($0.text)) }
        }
        asked += try goalKinds()
        asked += try targetGroupQuestions()
        asked += try zip(checklistHeadings(), Self.checklistHeadingPhases).map { ($0.line, $1, .question, $0.text) }
        return asked.sorted { $0.line < $1.line }
    }

    /// The kinds of goal, from "Från övergripande mål, till resursmål, processmål och resultatmål.",
    /// each on the line where the goal diagram names it.
    private func goalKinds() throws -> [Asked] {
        let flowing = handbook.flowing
        let start = try #require(flowing.range(of: "för flera steg i processen. Från "))
        let end = try #require(flowing[start.upperBound...].firstIndex(of: "."))
        let kinds = String(flowing[start.upperBound..<end])
            .replacingOccurrences(of: ", till ", with: ", ").replacingOccurrences(of: " och ", with: ", ")
            .components(separatedBy: ", ").map(Self.capitalized)
        #expect(kinds.count == 4)
        return try kinds.map { kind in
            let line = try #require(handbook.lines.firstIndex(of: kind), "the goal diagram does not name '\(kind)'")
            return (line, .planning, .question, kind)
        }
    }

    /// The questions that open the paragraphs of the target group analysis ("Vilka är mest berörda?").
    private func targetGroupQuestions() throws -> [Asked] {
        let lines = handbook.lines
        let start = try #require(lines.firstIndex(of: "Målgruppsanalys"))
        let end = try handbook.line(containing: "➢ Gör en målgruppsanalys", from: start)
        let questions = (start + 1..<end).filter { lines[$0 - 1].isEmpty && lines[$0].hasSuffix("?") }
        #expect(questions.count == 3)
        return questions.map { ($0, .planning, .question, lines[$0]) }
    }

    /// Expects `texts` to be items of `phase` in this order, with other items between them or not.
    private func expectOrder(_ texts: [String], in phase: Phase) {
        let items = template.checklist(phase)?.items.map(\.text) ?? []
        #expect(items.filter(texts.contains) == texts, "the order in \(phase)")
    }
}

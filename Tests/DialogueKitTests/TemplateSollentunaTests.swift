import DialogueKit
import Foundation
import Testing

/// Sollentuna's handbook, complete as the built-in template: each test walks the handbook's text and
/// finds every question, step, role and level in the template, in its phase.
@Suite(.needsHandbooks)
struct TemplateSollentunaTests {
    let template: Template
    let handbook: SollentunaHandbook

    init() throws {
        template = try #require(BuiltInTemplates.all.first { $0.id == "sollentuna" })
        handbook = try SollentunaHandbook()
    }

    /// The checklist's headings and the phase each maps onto.
    static let checklistSections: [(heading: String, phase: Phase)] = [
        ("Före", .planning), ("Under", .implementation), ("Efter", .feedback),
    ]

    /// The governance flow's steps in the handbook's order: heading, the body that says what happens,
    /// and the role id of the body that decides or does the step (an idea comes from anyone).
    static let flow: [(heading: String, body: String, role: String?)] = [
        ("Idé", "Idé om dialogmöte kommer från politiker, medborgare eller tjänsteman.", nil),
        ("Beslut om utredning från nämnd", "Nämnd tar beslut om idéen ska utredas.", "namnd"),
        (
            "Förslag",
            "En checklista används för att ta reda om det är lämpligt med medborgardialog. "
                + "Förvaltning kommer med förslag till nämnd.",
            "forvaltningskontor"
        ),
        (
            "Nämnd beslutar om dialog blir av",
            "Nämnd beslutar om det ska bli dialog enligt förvaltningens förslag.", "namnd"
        ),
        ("Medborgardialog genomförs", "Förvaltningskontor genomför dialog enligt beslutad plan.", "forvaltningskontor"),
        ("Återkoppling och resultat", "Sammanställning av resultat och utvärdering", "namnd"),
    ]

    /// The internal organisation roles: the handbook's heading and the template's role id.
    static let organisationRoles: [(heading: String, id: String)] = [
        ("Nämnd", "namnd"), ("Förvaltningskontor", "forvaltningskontor"),
        ("KLK strateg för medborgardialog", "klk-strateg"),
    ]

    private func items(_ phase: Phase) -> [ChecklistItem] {
        template.checklist(phase)?.items ?? []
    }

    @Test("Every line of the checklist Före / Under / Efter is an item of its phase, in the handbook's order")
    func checklistLinesAreItemsOfTheirPhases() {
        let sections = Self.checklistSections
        var total = 0
        for (index, section) in sections.enumerated() {
            let lines = handbook.entries(
                after: ["Checklista för medborgardialog", section.heading],
                before: index + 1 < sections.count ? sections[index + 1].heading : nil, bullet: .dash)
            total += lines.count
            let texts = items(section.phase).map(\.text)
            for line in lines {
                #expect(
                    texts.contains(line), "'\(line)' (\(section.heading)) is not an item of \(section.phase)")
            }
            #expect(texts.filter(lines.contains) == lines, "order of \(section.heading) in \(section.phase)")
        }
        #expect(total == 11)
        let roles = Dictionary(uniqueKeysWithValues: template.allItems.map { ($0.text, $0.role) })
        #expect(roles["Tidplan"] == "namnd")
        #expect(roles["Budget och finansiering"] == "namnd")
        #expect(roles["Vilka målgrupper som ska nås?"] == "namnd")
        #expect(roles["Förberedelser, genomföra dialog och planera återkoppling"] == "forvaltningskontor")
        let level = items(.planning).first { $0.text == "Vilken nivå på deltagande som ska ges medborgarna" }
        #expect(level?.kind == .level)
    }

    @Test("The governance flow is the Beslut phase's dates, each with its body, in the handbook's order")
    func governanceFlowIsDatesOfBeslut() throws {
        let text = handbook.text
        var position = try #require(text.range(of: "Styrningsprocess för medborgardialog")).upperBound
        for step in Self.flow {
            let heading = try #require(text.range(of: step.heading, range: position..<text.endIndex), "\(step.heading)")
            #expect(text.range(of: step.body, range: heading.upperBound..<text.endIndex) != nil, "\(step.body)")
            position = heading.upperBound
        }
        let dates = items(.decision).filter { $0.kind == .date }
        #expect(dates.map(\.text) == Self.flow.map(\.heading))
        for (date, step) in zip(dates, Self.flow) {
            #expect(date.role == step.role, "role of \(step.heading)")
            #expect(date.guidance?.contains(step.body) == true, "guidance of \(step.heading)")
        }
        let results = handbook.entries(after: ["Återkoppling och resultat"], before: "Nämnd", bullet: .diagram)
        #expect(
            results == [
                "Sammanställning av resultat och utvärdering", "Återkoppling till invånare", "Återkoppling till nämnd",
            ])
        let lastStep = try #require(dates.last)
        #expect(results.allSatisfy { lastStep.guidance?.contains($0) == true })
        #expect(items(.feedback).map(\.text).filter(results.contains) == Array(results.dropFirst()))
        #expect(items(.evaluation).map(\.text).filter(results.contains) == [results[0]])
    }

    @Test("The flow's dates set the schedule: Beslut from the idea to the committee's decision")
    func flowDatesSetTheSchedule() {
        let slots = Dictionary(
            uniqueKeysWithValues: template.allItems.compactMap { item in
                item.schedule.map { ($0, item.text) }
            })
        #expect(slots.count == 4)
        #expect(slots[ScheduleSlot(phase: .decision, bound: .start)] == "Idé")
        #expect(slots[ScheduleSlot(phase: .decision, bound: .end)] == "Nämnd beslutar om dialog blir av")
        #expect(slots[ScheduleSlot(phase: .implementation, bound: .start)] == "Medborgardialog genomförs")
        #expect(slots[ScheduleSlot(phase: .feedback, bound: .start)] == "Återkoppling och resultat")
    }

    @Test("The committee's questions are gates and items of Beslut; a no leads to the information meeting")
    func gateQuestionsAndInformationMeeting() throws {
        let decision = items(.decision)
        let investigate = handbook.entries(
            after: ["följande frågor är JA:"], before: "Om svaret är NEJ på någon av", bullet: .diagram)
        #expect(investigate.count == 2)
        let decide = handbook.entries(
            after: ["Frågor som ska bli besvarade:"], before: "Medborgardialog genomförs", bullet: .diagram)
        #expect(decide == ["Ska vi ha medborgardialog enligt förslag?", "När äger återkopplingen rum?"])
        for question in investigate + decide {
            #expect(decision.contains { $0.text == question }, "'\(question)' is not an item of Beslut")
        }
        let gates = template.allItems.filter { $0.kind == .gate }
        #expect(gates.map(\.text) == investigate + [decide[0]])
        #expect(gates.allSatisfy { $0.role == "namnd" && decision.contains($0) })
        #expect(decision.first { $0.text == decide[1] }?.kind == .question)

        let preconditions = handbook.entries(after: ["Förutsättningar"], before: "Metod", bullet: .number)
        #expect(preconditions.count == 2)
        let firstGuidance = try #require(gates.first?.guidance)
        #expect(preconditions.allSatisfy { firstGuidance.contains($0) })

        let meeting = handbook.entries(after: ["Frågor att svara på vid möte:"], before: "Förslag", bullet: .diagram)
        #expect(meeting == ["Varför har vi tagit detta beslut?", "Varför har vi inte arrangerat en medborgardialog?"])
        let recommendation = template.gate.recommendation
        #expect(recommendation.hasPrefix("Om svaret är NEJ på någon av frågorna genomförs ej någon medborgardialog."))
        #expect(recommendation.contains("Informationsmöte genomförs. Frågor att svara på vid möte:"))
        #expect(meeting.allSatisfy { recommendation.contains("- " + $0) })
    }

    @Test("The roles are the handbook's, each with its listed responsibilities in its words")
    func rolesCarryTheirResponsibilities() throws {
        let roles = Dictionary(uniqueKeysWithValues: template.roles.map { ($0.id, $0) })
        let headings = Self.organisationRoles
        for (index, heading) in headings.enumerated() {
            let listed = handbook.entries(
                after: ["Återkoppling och resultat", heading.heading],
                before: index + 1 < headings.count ? headings[index + 1].heading : "Checklista för medborgardialog",
                bullet: .diagram)
            let role = try #require(roles[heading.id], "no role \(heading.id)")
            #expect(role.name == heading.heading)
            #expect(role.responsibilities == listed, "\(heading.heading)")
        }
        #expect(template.roles.map { $0.responsibilities.count }.suffix(3) == [9, 8, 5])

        let paragraphs = handbook.entries(
            after: ["Roller"], before: "Styrningsprocess för medborgardialog", bullet: .dash)
        #expect(paragraphs.count == 3)
        let people = Array(template.roles.prefix(3))
        #expect(people.map(\.name) == ["Förtroendevalda", "Tjänstemän", "Invånare"])
        #expect(people.map { $0.responsibilities.joined(separator: " ") } == paragraphs)

        let ids = Set(template.roles.map(\.id))
        #expect(template.allItems.compactMap(\.role).allSatisfy(ids.contains))
    }

    @Test("Every level of the table is a level with its features, what residents get and its methods")
    func levelTableIsTheLadder() throws {
        let header = "Grad av delaktighet Kännetecken Exempel på metoder"
        let table = handbook.lines(after: ["Metod", header], before: "Principer")
            .filter { $0.trimmingCharacters(in: .whitespaces) != header }
        let residentsGet = table.compactMap { line -> String? in
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            return trimmed.hasPrefix("Invånare får:") ? trimmed : nil
        }
        #expect(residentsGet.count == 5)
        let levels = template.levels
        #expect(levels.map(\.residentsGet) == residentsGet.reversed().map(Optional.some))
        #expect(levels.map(\.name) == ["Information", "Konsultation", "Dialog", "Inflytande", "Medbeslutande"])
        #expect(levels.map(\.degree) == [1, 2, 3, 4, 5])
        #expect(levels.map(\.isDialogue) == [false, true, true, true, true])
        let rows = levels.reversed().map { level in
            [level.name, level.description, level.residentsGet ?? ""] + level.methods
        }
        #expect(
            SollentunaHandbook.words(rows.joined().joined(separator: " "))
                == SollentunaHandbook.words(table.joined(separator: " ")))
        #expect(levels.allSatisfy { $0.promise?.isEmpty == false && !$0.methods.isEmpty })
        let levelItems = template.allItems.filter { $0.kind == .level }
        #expect(levelItems.count == 1)
        #expect(levelItems.allSatisfy { items(.planning).contains($0) })
    }

    @Test("The source names Sollentuna and the title; the handbook states no year and no adoption")
    func sourceNamesTheHandbook() {
        #expect(template.source.municipality == "Sollentuna")
        #expect(template.source.title == "Medborgardialog")
        #expect(handbook.text.contains("Sollentuna kommun"))
        #expect(handbook.text.firstMatch(of: /\b(19|20)\d\d\b/) == nil)
        #expect(template.source.year == nil && template.source.adoption == nil)
        #expect(template.phases.map(\.title) == ["Beslut", "Planering", "Genomförande", "Återkoppling", "Utvärdering"])
    }
}

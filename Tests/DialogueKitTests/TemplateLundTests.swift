import DialogueKit
import Foundation
import Testing

/// Lund's strategy, complete as the built-in template: every principle, every point of what citizen
/// dialogue is not and every form of influence, each in the phase where it applies.
@Suite struct TemplateLundTests {
    let template: Template

    init() throws {
        template = try #require(BuiltInTemplates.all.first { $0.id == "lund" })
    }

    /// Lund's "Strategi för medborgardialog" as plain text.
    static let handbook = TemplateTestSupport.handbooks.appendingPathComponent("004_076b60e998e63882.txt")

    /// The strategy's two typos, corrected the same way in the template.
    static let corrections = ["genomföra aktiviter,": "genomföra aktiviteter,", "Det finna inga": "Det finns inga"]

    /// The principles of "Varför en strategi?" that must hold, each a check of the phase where it applies,
    /// in the strategy's words (a check's text is the clause with a capital letter and a full stop).
    static let principleChecks: [(phase: Phase, clause: String)] = [
        (.decision, "Dialogen bör genomföras så tidigt som möjligt i beslutsprocessen"),
        (.planning, "Medborgardialoger ska ha ett tydligt syfte"),
        (.feedback, "resultatet ska återkopplas till medborgarna som har deltagit i dialogaktiviteter"),
        (.implementation, "Medborgarnas möjlighet att påverka ska tydligt framgå vid starten av varje medborgardialog"),
        (.implementation, "Digitala kanaler ska främst användas"),
        (
            .feedback,
            "Det slutgiltiga ansvaret och beslutsfattandet ligger alltid hos förtroendevalda som har ett ansvar "
                + "för helheten och de politiska avvägningarna"
        ),
        (
            .implementation,
            "Olika metoder och verktyg för medborgardialog ska användas för att nå medborgare som vanligtvis "
                + "inte deltar i medborgardialoger eller kontaktar kommunen via andra kanaler"
        ),
        (.planning, "När medborgardialog används ska fokus finnas på barn och ungdomars möjlighet att delta"),
    ]

    /// The principles that say when a dialogue should be held: each the guidance of a gate question of Beslut.
    static let principleGates = [
        "Medborgardialog bör genomföras när förtroendevalda och tjänstepersoner har ett behov av att få reda på "
            + "vad medborgarna har för åsikter och för prioriteringar.",
        "Vid förslag som direkt berör medborgarna och där förtroendevalda ännu inte har tagit ställning bör "
            + "medborgardialog alltid övervägas.",
    ]

    @Test(
        "Every principle is a check or gate of the phase where it applies, in the strategy's words",
        .needsHandbooks)
    func principlesAreItemsOfTheirPhase() throws {
        let text = try Self.strategyText()
        let principles = try Self.section(of: text, from: "Varför en strategi?", to: "Begrepp")
        let bullets = principles.split(separator: "•").dropFirst().map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(bullets.count == 6)
        for entry in Self.principleChecks {
            #expect(principles.contains(entry.clause) == true, "'\(entry.clause)' is not a principle of the strategy")
            #expect(
                try checkItem(for: entry.clause, in: entry.phase) != nil,
                "'\(entry.clause)' is not a check of \(entry.phase) in templates/lund.toml")
        }
        let gates = try #require(template.checklist(.decision)).items.filter { $0.kind == .gate }
        for sentence in Self.principleGates {
            #expect(principles.contains(sentence) == true, "'\(sentence)' is not a principle of the strategy")
            #expect(
                gates.contains { $0.guidance?.contains(sentence) == true }, "no gate of Beslut explains '\(sentence)'")
        }
        for bullet in bullets {
            let bulletChecks = try Self.principleChecks.filter { bullet.contains($0.clause) }
                .compactMap { try checkItem(for: $0.clause, in: $0.phase) }
            for sentence in Self.sentences(of: bullet) {
                let isCheck = Self.principleChecks.contains { sentence.contains($0.clause) }
                let isGate = Self.principleGates.contains(sentence)
                let explainsCheck = bulletChecks.contains { $0.guidance?.contains(sentence) == true }
                #expect(isCheck || isGate || explainsCheck, "the principle '\(sentence)' is not in the template")
            }
        }
    }

    @Test(
        "Every point of what citizen dialogue is not is a check of Beslut", .needsHandbooks)
    func whatDialogueIsNotIsChecksOfBeslut() throws {
        let text = try Self.strategyText()
        let list = try Self.section(of: text, from: "Medborgardialog är inte:", to: "Brukar- och kunddialog")
        let points = list.split(separator: "•").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        #expect(points.count == 4)
        let decision = try #require(template.checklist(.decision))
        for point in points {
            let expected = "Medborgardialog är inte " + point.prefix(1).lowercased() + point.dropFirst()
            let item = decision.items.first { $0.text == expected }
            #expect(item?.kind == .check, "'\(expected)' is not a check of Beslut in templates/lund.toml")
            #expect(item?.guidance?.hasPrefix("Strategin räknar upp vad medborgardialog inte är") == true)
        }
    }

    @Test(
        "Beslut asks which kind of dialogue this is, with the strategy's descriptions as guidance",
        .needsHandbooks)
    func citizenUserAndCustomerDialogueIsAQuestionOfBeslut() throws {
        let text = try Self.strategyText()
        let question = try #require(template.checklist(.decision)?.items.first { $0.id == "beslut.slag-av-dialog" })
        #expect(question.kind == .question)
        for kind in ["medborgardialog", "brukardialog", "kunddialog"] { #expect(question.text.contains(kind)) }
        let guidance = Self.oneLine(question.guidance ?? "")
        for (start, end) in [
            ("Det finns skillnader mellan medborgardialog", "Självklart kan och bör"),
            ("Medborgardialog är den dialog", "Medborgardialog är inte:"),
            ("Brukar- och kunddialog handlar", "Metoder och inflytandeformer"),
            ("Men oavsett ordval och begrepp", "Nedan finns en beskrivning av skillnaden"),
        ] {
            let passage = try Self.section(of: text, from: start, to: end, including: true)
            #expect(guidance.contains(passage) == true, "the guidance lacks '\(passage.prefix(60))…'")
        }
    }

    @Test(
        "Every form of influence is a level with the strategy's description and methods",
        .needsHandbooks)
    func formsOfInfluenceAreTheLevels() throws {
        let text = try Self.strategyText()
        let model = try Self.section(of: text, from: "Modell för inflytande", to: "Det finns inga vattentäta skott")
        #expect(model.components(separatedBy: ": Här vill vi").count - 1 == template.levels.count)
        var rest = model[...]
        for level in template.levels {
            let start = try #require(rest.range(of: level.name + ": "), "'\(level.name)' is not a form of the model")
            rest = rest[start.upperBound...]
            let examples = try #require(rest.range(of: " Exempel på metoder: "))
            let end = try #require(rest.range(of: ", med mera.", range: examples.upperBound..<rest.endIndex))
            #expect(level.description == String(rest[..<examples.lowerBound]), "description of \(level.name)")
            #expect(
                level.methods == rest[examples.upperBound..<end.lowerBound].components(separatedBy: ", "),
                "methods of \(level.name)")
            rest = rest[end.upperBound...]
        }
        #expect(
            template.levels.map(\.name) == [
                "Information", "Konsultation", "Diskussion", "Lärande dialog", "Medskapande och medbestämmande dialog",
            ])
    }

    @Test(
        "The source, the framing and the roles are the strategy's", .needsHandbooks)
    func sourceAboutAndRolesAreTheStrategys() throws {
        let text = try Self.strategyText()
        #expect(template.source.municipality == "Lund")
        #expect(template.source.year == 2016)
        #expect(text.hasPrefix(template.source.title + " " + (template.source.adoption ?? "-")))
        let about = Self.oneLine(template.about)
        for (start, end) in [
            ("Strategin utgör det ramverk", "•"), ("Definitionen av medborgare", "Vad är medborgardialog?"),
            ("Medborgardialog handlar om", "Det finns skillnader"),
        ] {
            let passage = try Self.section(of: text, from: start, to: end, including: true)
            #expect(about.contains(passage) == true, "the about text lacks '\(passage.prefix(60))…'")
        }
        #expect(template.roles.map(\.id) == ["gemensam", "fortroendevald"])
        for responsibility in template.roles.flatMap(\.responsibilities) {
            #expect(text.contains(responsibility) == true, "'\(responsibility)' is not the strategy's sentence")
        }
        let intro = Self.oneLine(template.checklist(.implementation)?.intro ?? "")
        let methodChoice = try Self.section(of: text, from: "Att välja metod", to: "Modellen nedan", including: true)
        #expect(intro.contains(methodChoice) == true, "the intro of Genomförande lacks how to choose a method")
    }

    @Test func levelsCarryDegreeWhatResidentsGetAndAPromise() {
        #expect(template.levels.map(\.degree) == [1, 2, 3, 4, 5])
        #expect(template.levels.allSatisfy { $0.isDialogue }, "the strategy calls no form of influence 'not dialogue'")
        #expect(template.levels.allSatisfy { $0.residentsGet?.hasPrefix("Medborgarna får ") == true })
        #expect(template.levels.allSatisfy { ($0.promise?.count ?? 0) > 40 })
        #expect(
            template.levels.dropFirst().allSatisfy {
                $0.promise?.hasSuffix("återkopplas till er som har deltagit.") == true
            })
        let levelItems = template.allItems.filter { $0.kind == .level }
        #expect(levelItems.map(\.id) == ["planering.form-av-inflytande"])
        #expect(template.checklist(.planning)?.items.contains(levelItems[0]) == true)
    }

    @Test func gatesAreTheTwoOfBesluts() throws {
        let gates = template.allItems.filter { $0.kind == .gate }
        #expect(gates.map(\.id) == ["beslut.behov", "beslut.inte-tagit-stallning"])
        #expect(gates.allSatisfy { template.checklist(.decision)?.items.contains($0) == true })
        #expect(template.gate.recommendation.hasPrefix(Self.principleGates[0]))
        #expect(template.gate.recommendation.contains("ska ni därför inte genomföra en medborgardialog"))
    }

    @Test func rolesAreWhereTheStrategyNamesThem() {
        let roles = Dictionary(
            uniqueKeysWithValues: template.allItems.compactMap { item in item.role.map { (item.id, $0) } })
        #expect(
            roles == [
                "beslut.behov": "gemensam", "planering.medverkan": "gemensam",
                "aterkoppling.fortroendevalda-beslutar": "fortroendevald",
            ])
    }

    @Test func theScheduleHasStartAndEndOfEveryPhaseInPlanering() {
        let dated = template.allItems.filter { $0.kind == .date }
        #expect(dated.count == 10)
        #expect(dated.allSatisfy { template.checklist(.planning)?.items.contains($0) == true })
        for phase in Phase.allCases {
            #expect(
                dated.compactMap(\.schedule).filter { $0.phase == phase }.map(\.bound) == [.start, .end], "\(phase)")
        }
    }

    @Test func phasesHaveTheirTitlesAndUtvarderingIsEmpty() {
        #expect(template.phases.map(\.title) == ["Beslut", "Planering", "Genomförande", "Återkoppling", "Utvärdering"])
        #expect(template.phases.map(\.items.count) == [8, 15, 3, 2, 0])
    }

    /// The check of `phase` whose text is `clause` as a sentence.
    private func checkItem(for clause: String, in phase: Phase) throws -> ChecklistItem? {
        let sentence = clause.prefix(1).uppercased() + clause.dropFirst() + "."
        return try #require(template.checklist(phase)).items.first { $0.kind == .check && $0.text == sentence }
    }

    /// The strategy's text on one line: the page footer dropped, words split over lines joined,
    /// runs of white space made one space and the typos corrected.
    static func strategyText() throws -> String {
        let raw = try String(contentsOf: handbook, encoding: .utf8)
        var text = ""
        var afterPageNumber = false
        for line in raw.split(separator: "\n").map({ $0.trimmingCharacters(in: .whitespaces) }) where !line.isEmpty {
            if line.allSatisfy(\.isNumber) {
                afterPageNumber = true
                continue
            }
            defer { afterPageNumber = false }
            if afterPageNumber && line == "www.dialogguiden.se" { continue }
            if text.hasSuffix("-"), text.dropLast().last?.isLetter == true, line.first?.isLowercase == true {
                text.removeLast()
            } else if !text.isEmpty {
                text += " "
            }
            text += line
        }
        text = oneLine(text)
        for (typo, fix) in corrections { text = text.replacingOccurrences(of: typo, with: fix) }
        return text
    }

    /// `text` with every run of white space, paragraph breaks included, made one space.
    static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// The text between the first `start` and the next `end`, with or without `start`, trimmed.
    static func section(of text: String, from start: String, to end: String, including: Bool = false) throws
        -> String
    {
        let from = try #require(text.range(of: start), "'\(start)' is not in the strategy")
        let to = try #require(text.range(of: end, range: from.upperBound..<text.endIndex), "'\(end)' after '\(start)'")
        let lower = including ? from.lowerBound : from.upperBound
        return text[lower..<to.lowerBound].trimmingCharacters(in: .whitespaces)
    }

    /// The sentences of a passage, each with its full stop.
    static func sentences(of passage: String) -> [String] {
        passage.components(separatedBy: ". ").map { $0.hasSuffix(".") ? $0 : $0 + "." }
    }
}

import Foundation
import Testing

@testable import DialogueKit

/// The built-in method cards: the built-in copy, every card complete, every method the issue and
/// the handbooks name, the order they are offered in, and the catalogue file's errors.
@Suite struct MethodCatalogTests {
    /// A method as a handbook names it, for a level with this generic degree.
    struct Named: Sendable, CustomTestStringConvertible {
        var handbook: String
        var file: String
        var words: String
        var id: String
        var degree: Int
        var testDescription: String { "\(handbook): \(words) (\(degree))" }
    }

    static let vanersborg = "002_9013732453e8b592.txt"
    static let sollentuna = "003_ca08e7ba694e2501.txt"
    static let lund = "004_076b60e998e63882.txt"

    /// Every method example of the level tables of Vänersborg, Sollentuna and Lund, in their words.
    static let named: [Named] =
        [
            ("Informationsmöte", "informationsmote", 1), ("webb", "webb", 1), ("trycksak", "trycksak", 1),
            ("Enkät", "enkat", 2), ("fokusgrupp", "fokusgrupp", 2), ("Dialogcafé", "dialogcafe", 3),
            ("områdesvandring", "omradesvandring", 3), ("Rådslag", "radslag", 4), ("idéverkstad", "ideverkstad", 4),
            ("Medborgarbudget", "medborgarbudget", 5), ("Intervjuer", "intervju", 2),
        ].map { Named(handbook: "Vänersborg", file: vanersborg, words: $0, id: $1, degree: $2) }
        + [
            ("Rådslag med omröstning", "radslag", 5), ("Rådslag med omröstning", "omrostning", 5),
            ("Medborgarbudget", "medborgarbudget", 5), ("Framtidsverkstad", "framtidsverkstad", 4),
            ("Idéverkstad", "ideverkstad", 4), ("Open space", "open-space", 3), ("Cafémetoden", "dialogcafe", 3),
            ("Enkät", "enkat", 2), ("Intervju", "intervju", 2), ("Fokusgrupp", "fokusgrupp", 2),
            ("Tidning", "tidning", 1), ("webb", "webb", 1), ("trycksak", "trycksak", 1),
            ("öppna möten", "informationsmote", 1), ("Informationsmöte", "informationsmote", 1),
            ("Utställning", "utstallning", 1), ("mässa", "massa", 1), ("dialogmöte", "dialogmote", 3),
        ].map { Named(handbook: "Sollentuna", file: sollentuna, words: $0, id: $1, degree: $2) }
        + [
            ("trycksak", "trycksak", 1), ("utställning", "utstallning", 1), ("webb", "webb", 1),
            ("enkät", "enkat", 2), ("fokusgrupp", "fokusgrupp", 2),
            ("tervju, fokusgrupp", "intervju", 2),  // "in-tervju", split by a page break
            ("medborgarpanel", "medborgarpanel", 2), ("medborgarstämmor", "medborgarstamma", 2),
            ("workshop", "workshop", 2), ("öppet hus", "oppet-hus", 2), ("områdesvandring", "omradesvandring", 2),
            ("open space", "open-space", 3), ("dialogcafé", "dialogcafe", 3), ("idéverkstad", "ideverkstad", 3),
            ("walk and talk", "walk-and-talk", 3), ("samråd", "samrad", 3), ("ungdomsråd", "ungdomsrad", 3),
            ("pensionärsråd", "pensionarsrad", 3), ("områdesvandring", "omradesvandring", 3),
            ("open space", "open-space", 4), ("dialogcafé", "dialogcafe", 4), ("idéverkstad", "ideverkstad", 4),
            ("walk and talk", "walk-and-talk", 4), ("områdesvandring", "omradesvandring", 4),
            ("ungdomsråd", "ungdomsrad", 4), ("pensionärsråd", "pensionarsrad", 4),
            ("arbetsgrupper", "arbetsgrupper", 5), ("medborgarbudget", "medborgarbudget", 5),
            ("omröstningar", "omrostning", 5), ("rådslag", "radslag", 5),
        ].map { Named(handbook: "Lund", file: lund, words: $0, id: $1, degree: $2) }

    /// The methods issue 3 lists by name.
    static let issueIDs = [
        "enkat", "intervju", "fokusgrupp", "medborgarpanel", "workshop", "oppet-hus", "omradesvandring",
        "dialogcafe", "open-space", "ideverkstad", "framtidsverkstad", "walk-and-talk", "samrad", "ungdomsrad",
        "pensionarsrad", "radslag", "medborgarbudget", "omrostning", "arbetsgrupper", "informationsmote",
        "utstallning", "webb", "trycksak",
    ]

    /// A handbook's text with words split over lines joined again and blank space collapsed.
    static func handbookText(_ file: String) throws -> String {
        let raw = try String(contentsOf: TemplateTestSupport.handbooks.appendingPathComponent(file), encoding: .utf8)
        return raw.replacingOccurrences(of: "-\\s*\\n\\s*", with: "", options: .regularExpression)
            .replacingOccurrences(of: "\\s+", with: " ", options: .regularExpression)
    }

    @Test func everyCardIsCompleteAndCitesAHandbook() {
        let cards = MethodCatalog.builtIn
        #expect(cards.count >= 27)
        #expect(Set(cards.map(\.id)).count == cards.count)
        #expect(Set(cards.map(\.name)).count == cards.count)
        for card in cards {
            #expect(
                !card.degrees.isEmpty && card.degrees.allSatisfy { InfluenceLevel.degrees.contains($0) }, "\(card.id)")
            #expect(card.degrees == card.degrees.sorted(), "\(card.id)")
            let fields = [card.name, card.usedFor, card.participants, card.resources, card.time, card.strengths]
            #expect(fields.allSatisfy { !$0.isEmpty && $0.count <= 260 }, "\(card.id)")
            #expect(!card.sources.isEmpty, "\(card.id)")
            #expect(Set(card.sources).isSubset(of: ["Vänersborg", "Sollentuna", "Lund"]), "\(card.id)")
        }
    }

    @Test func everyMethodTheIssueNamesHasACard() {
        let ids = Set(MethodCatalog.builtIn.map(\.id))
        #expect(Self.issueIDs.filter { !ids.contains($0) } == [])
    }

    @Test(.needsHandbooks, arguments: named)
    func everyMethodAHandbookNamesHasACardForThatLevel(_ named: Named) throws {
        let text = try Self.handbookText(named.file)
        #expect(text.localizedCaseInsensitiveContains(named.words), "the handbook does not say '\(named.words)'")
        let card = try #require(MethodCatalog.builtIn.first { $0.id == named.id })
        #expect(card.degrees.contains(named.degree))
        #expect(card.sources.contains(named.handbook))
    }

    @Test func everyCardsSourcesNameItInTheirLists() {
        let named = Dictionary(grouping: Self.named, by: \.id)
        for card in MethodCatalog.builtIn {
            #expect(Set(card.sources) == Set(named[card.id, default: []].map(\.handbook)), "\(card.id)")
        }
    }

    @Test func rankingPutsFittingCardsFirstThenTheNearest() {
        let level = InfluenceLevel(id: "dialog", name: "Dialog", description: "", isDialogue: true, degree: 3)
        let ranked = MethodCatalog.ranked(for: level)
        #expect(Set(ranked.map(\.id)) == Set(MethodCatalog.builtIn.map(\.id)))
        let distances = ranked.map { card in card.degrees.map { abs($0 - 3) }.min()! }
        #expect(distances == distances.sorted())
        #expect(distances.first == 0)
        let fitting = ranked.prefix { $0.degrees.contains(3) }
        #expect(fitting.map(\.name).first == "Dialogcafé (cafémetoden)")
        #expect(fitting.map(\.id).contains("open-space") && !fitting.map(\.id).contains("enkat"))
    }

    @Test func rankingIsBySwedishNameWithinEachDistance() {
        let cards = ["Öppet hus", "Workshop", "Ängen", "Enkät", "Arbetsgrupper"].enumerated().map { index, name in
            MethodCard(
                id: "m\(index)", name: name, degrees: [name == "Arbetsgrupper" ? 5 : 2], usedFor: "u",
                participants: "p", resources: "r", time: "t", strengths: "s", sources: [])
        }
        #expect(
            MethodCatalog.ranked(cards, degree: 2).map(\.name) == [
                "Enkät", "Workshop", "Ängen", "Öppet hus", "Arbetsgrupper",
            ])
        #expect(
            MethodCatalog.ranked(cards, degree: nil).map(\.name) == [
                "Arbetsgrupper", "Enkät", "Workshop", "Ängen", "Öppet hus",
            ])
        #expect(
            MethodCatalog.ranked(for: nil).map(\.id)
                == MethodCatalog.ranked(MethodCatalog.builtIn, degree: nil).map(\.id))
    }

    static let card = """
        [[methods]]
        id = "enkat"
        name = "Enkät"
        degrees = [2]
        used_for = "Synpunkter"
        participants = "Många"
        resources = "Lite"
        time = "Veckor"
        strengths = "Når många"

        """

    /// A broken catalogue text and the exact message it must give.
    struct Mistake: Sendable, CustomTestStringConvertible {
        var name: String
        var text: String
        var message: String
        var testDescription: String { name }
    }

    static let scale = "1 information, 2 konsultation, 3 dialog, 4 inflytande, 5 medbeslutande"

    static let mistakes: [Mistake] = [
        Mistake(
            name: "degree out of range", text: card.replacingOccurrences(of: "[2]", with: "[2, 6]"),
            message: "m.toml:4:11: trappsteget 6 i 'degrees' i methods[0] finns inte; skriv ett heltal 1–5: \(scale)."),
        Mistake(
            name: "no degrees", text: card.replacingOccurrences(of: "[2]", with: "[]"),
            message: "m.toml:4:11: 'degrees' i methods[0] är tom; skriv de trappsteg metoden passar för, "
                + "till exempel degrees = [2, 3] (\(scale))."),
        Mistake(
            name: "degrees as text", text: card.replacingOccurrences(of: "[2]", with: "[\"två\"]"),
            message: "m.toml:4:11: 'degrees' i methods[0] ska vara en lista med heltal men är text; "
                + "skriv till exempel degrees = [1, 2]."),
        Mistake(
            name: "unknown key", text: card.replacingOccurrences(of: "time =", with: "tid ="),
            message: "m.toml:8:7: okänd nyckel 'tid' i methods[0]; skriv en av id, name, degrees, used_for, "
                + "participants, resources, time, strengths, sources."),
        Mistake(
            name: "duplicate id", text: card + card,
            message: "m.toml:11:6: id 'enkat' i methods[1] används redan i methods[0]; "
                + "byt till ett id som inte används."),
        Mistake(
            name: "no methods", text: "",
            message: "m.toml: nyckeln 'methods' saknas på översta nivån; lägg till [[methods]]."),
    ]

    @Test(arguments: mistakes)
    func aBrokenCatalogueSaysWhereAndWhatToWrite(_ mistake: Mistake) {
        let error = #expect(throws: TemplateError.self) { try MethodCatalog.parse(toml: mistake.text, file: "m.toml") }
        #expect(error?.description == mistake.message)
    }

    @Test func aValidCatalogueBecomesCards() throws {
        let cards = try MethodCatalog.parse(
            toml: Self.card.replacingOccurrences(of: "[2]", with: "[3, 2, 3]"), file: "m.toml")
        #expect(
            cards == [
                MethodCard(
                    id: "enkat", name: "Enkät", degrees: [2, 3], usedFor: "Synpunkter", participants: "Många",
                    resources: "Lite", time: "Veckor", strengths: "Når många", sources: [])
            ])
    }
}

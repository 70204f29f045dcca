import DialogueKit
import Foundation
import Testing

/// TEMPLATES.md never goes stale: its complete example parses into what it shows, and its error
/// examples are the messages those mistakes really give.
@Suite struct TemplateDocumentationTests {
    static let page = TemplateTestSupport.repoRoot.appendingPathComponent("TEMPLATES.md")

    /// The text of the first fenced block that opens with ```` ```language ````.
    static func fencedBlock(_ language: String, in text: String) throws -> String {
        let opening = try #require(text.range(of: "\n```\(language)\n"))
        let closing = try #require(text.range(of: "\n```\n", range: opening.upperBound..<text.endIndex))
        return String(text[opening.upperBound...closing.lowerBound])
    }

    /// The page's complete example.
    static func example() throws -> String {
        try fencedBlock("toml", in: String(contentsOf: page, encoding: .utf8))
    }

    @Test func theCompleteExampleIsAValidTemplateWithEveryPart() throws {
        let template = try Template(toml: try Self.example(), file: "ekby.toml")
        #expect(template.id == "ekby")
        #expect(template.source.adoption != nil && template.source.year != nil)
        #expect(template.roles.count == 2 && template.roles.allSatisfy { !$0.responsibilities.isEmpty })
        #expect(template.levels.allSatisfy { $0.degree != nil && $0.residentsGet != nil && !$0.methods.isEmpty })
        #expect(template.levels.contains { $0.promise != nil })
        #expect(Set(template.allItems.map(\.kind)) == Set(ItemKind.allCases))
        #expect(template.allItems.contains { $0.schedule != nil && $0.role == nil })
        #expect(template.allItems.contains { $0.guidance != nil })
        #expect(template.phases.contains { $0.title != $0.phase.defaultTitle })
        #expect(template.phases.contains { $0.intro != nil })
        #expect(template.allItems.contains { $0.evidence == .goals })
        #expect(template.allItems.contains { $0.report == .wentWell })
        #expect(template.feedbackAudiences.map(\.id) == FeedbackAudience.standard.map(\.id))
        #expect(template.feedbackAudiences != FeedbackAudience.standard)
        #expect(template.representation.orientation == .affectedVertical)
        #expect(template.representation.descriptions != RepresentationModel.standard.descriptions)
    }

    @Test func theErrorExamplesAreTheRealMessages() throws {
        let page = try String(contentsOf: Self.page, encoding: .utf8)
        let example = try Self.example()
        let paverkbar = try #require(example.range(of: "id = \"beslut.paverkbar\""))
        let planning = try #require(example.range(of: "[[phases]]\nphase = \"planning\""))
        let implementation = try #require(example.range(of: "[[phases]]\nphase = \"implementation\""))
        let mistakes = [
            example.replacingOccurrences(
                of: "kind = \"gate\"", with: "kind = \"gat\"", range: example.range(of: "kind = \"gate\"")),
            example.replacingOccurrences(
                of: "role = \"namnd\"", with: "role = \"namd\"",
                range: example.range(of: "role = \"namnd\"", range: paverkbar.upperBound..<example.endIndex)),
            example.replacingOccurrences(of: "degree = 1", with: "degree = 6"),
            example.replacingCharacters(in: planning.lowerBound..<implementation.lowerBound, with: ""),
        ]
        let shown = try Self.fencedBlock("", in: page.components(separatedBy: "## Felmeddelanden")[1])
        for text in mistakes {
            let error = try #require(
                #expect(throws: TemplateError.self) { try Template(toml: text, file: "ekby.toml") })
            #expect(shown.contains(error.description + "\n"), "TEMPLATES.md lacks: \(error)")
        }
    }
}

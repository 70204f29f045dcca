import DialogueKit
import Testing

/// The optional `[representation]` table: how a handbook draws the representation model.
@Suite struct TemplateRepresentationTests {
    /// The minimal template with `table` added at the end.
    static func template(with table: String) -> String {
        TemplateTestSupport.minimalTemplate() + "\n" + table
    }

    static let vanersborgLike = """
        [representation]
        orientation = "affected-vertical"
        descriptions = ["Ett.", "Två.", "Tre.", "Fyra."]

        """

    @Test func withoutTheTableTheModelIsTheStandardOne() throws {
        let template = try Template(toml: TemplateTestSupport.minimalTemplate(), file: "mini.toml")
        #expect(template.representation == .standard)
    }

    @Test func theTableGivesOrientationAndDescriptionsByPriority() throws {
        let template = try Template(toml: Self.template(with: Self.vanersborgLike), file: "mini.toml")
        #expect(template.representation.orientation == .affectedVertical)
        #expect(template.representation.description(ofPriority: 1) == "Ett.")
        #expect(template.representation.description(ofPriority: 4) == "Fyra.")
    }

    @Test func withoutDescriptionsTheStandardOnesAreKept() throws {
        let table = "[representation]\norientation = \"affected-vertical\"\n"
        let template = try Template(toml: Self.template(with: table), file: "mini.toml")
        #expect(template.representation.orientation == .affectedVertical)
        #expect(template.representation.descriptions == RepresentationModel.standard.descriptions)
    }

    @Test func aDialogueCopiesTheTemplatesModel() throws {
        let template = try Template(toml: Self.template(with: Self.vanersborgLike), file: "mini.toml")
        let dialogue = Dialogue(template: template, title: "Torget", now: .init(timeIntervalSince1970: 0))
        #expect(dialogue.representation == template.representation)
    }

    static let mistakes: [(edit: (old: String, new: String), message: String)] = [
        (
            ("orientation = \"affected-vertical\"", "orientation = \"affected\""),
            "mini.toml:63:15: okänd orientation 'affected' i representation; "
                + "skriv en av activity-vertical, affected-vertical."
        ),
        (
            ("\"Tre.\", ", ""),
            "mini.toml:64:16: 'descriptions' i representation har 3 texter men ska ha fyra, en per prioritet i "
                + "ordningen 1 berörda och lågaktiva, 2 berörda och aktiva, 3 icke berörda och aktiva, "
                + "4 icke berörda och icke aktiva; skriv descriptions = [\"…\", \"…\", \"…\", \"…\"]."
        ),
        (
            ("\"Två.\"", "\" \""),
            "mini.toml:64:16: 'descriptions' i representation är tom; skriv texten mellan citattecknen."
        ),
        (
            ("orientation = \"affected-vertical\"\n", ""),
            "mini.toml:62:1: nyckeln 'orientation' saknas i representation; lägg till orientation = \"…\"."
        ),
        (
            ("descriptions =", "description ="),
            "mini.toml:64:15: okänd nyckel 'description' i representation; skriv en av orientation, descriptions."
        ),
    ]

    @Test(arguments: 0..<mistakes.count)
    func eachMistakeSaysWhereAndWhatToWrite(_ index: Int) throws {
        let (edit, message) = Self.mistakes[index]
        let text = Self.template(with: Self.vanersborgLike)
        #expect(text.contains(edit.old))
        let broken = text.replacingOccurrences(of: edit.old, with: edit.new)
        let error = #expect(throws: TemplateError.self) { try Template(toml: broken, file: "mini.toml") }
        #expect(error?.description == message)
    }

    @Test func helsingborgPutsActivityUpAndTheExtraEffortInTheCorner() throws {
        let model = try #require(BuiltInTemplates.all.first { $0.id == "helsingborg" }).representation
        #expect(model.orientation == .activityVertical)
        #expect(model.descriptions.count == 4)
        #expect(model.description(ofPriority: 1).contains("extra krut"))
    }

    @Test func vanersborgPutsAffectedUpWithItsOwnGroupNames() throws {
        let model = try #require(BuiltInTemplates.all.first { $0.id == "vanersborg" }).representation
        #expect(model.orientation == .affectedVertical)
        let names = ["Berörda och lågaktiva", "Berörda och aktiva", "Icke berörda och aktiva", "Icke berörda och icke"]
        for (priority, name) in zip(1...4, names) {
            #expect(model.description(ofPriority: priority).hasPrefix(name))
        }
    }
}

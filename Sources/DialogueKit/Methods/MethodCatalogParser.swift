import TOMLKit

/// Turns the method card catalogue's TOML text (`[[methods]]` tables, see
/// `templates/methods/methods.toml`) into cards, with errors that name the place and the fix,
/// like template files.
struct MethodCatalogParser {
    let text: String
    let file: String

    func parse() throws(TemplateError) -> [MethodCard] {
        let context = TemplateFileContext(file: file, text: text)
        let root = try TOMLFile.root(of: text, file: file)
        let top = try TemplateTableReader(root, path: .root, context: context, allowedKeys: ["methods"])
        let tables = try top.tableList(
            "methods",
            allowedKeys: [
                "id", "name", "degrees", "used_for", "participants", "resources", "time", "strengths", "sources",
            ],
            required: true)
        var cards: [MethodCard] = []
        var firstPlaces: [String: String] = [:]
        for table in tables {
            let id = try table.id("id")
            if let first = firstPlaces[id] { throw table.error(.duplicateID(id, firstPlace: first), key: "id") }
            firstPlaces[id] = table.path.description
            cards.append(
                MethodCard(
                    id: id, name: try table.text("name"), degrees: try degrees(table),
                    usedFor: try table.text("used_for"), participants: try table.text("participants"),
                    resources: try table.text("resources"), time: try table.text("time"),
                    strengths: try table.text("strengths"), sources: try table.textList("sources")))
        }
        return cards
    }

    /// The card's rungs, each 1–5, at least one, ascending without repeats.
    private func degrees(_ table: TemplateTableReader) throws(TemplateError) -> [Int] {
        let degrees = try table.integerList("degrees")
        guard !degrees.isEmpty else { throw table.error(.noDegrees, key: "degrees") }
        if let wrong = degrees.first(where: { !InfluenceLevel.degrees.contains($0) }) {
            throw table.error(.degreeOutOfRange(key: "degrees", value: wrong), key: "degrees")
        }
        return Array(Set(degrees)).sorted()
    }
}

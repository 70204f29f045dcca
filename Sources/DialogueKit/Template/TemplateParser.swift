import TOMLKit

/// Turns a template file's TOML text into a `Template`, checking everything a dialogue relies
/// on: required keys, known kinds, phases and bounds, the five phases once each in order,
/// unique ids, `schedule` only on dates, items' roles among the defined `[[roles]]`, the
/// influence levels with their degree 1–5, and the representation model's four descriptions.
struct TemplateParser {
    let text: String
    let file: String

    func parse() throws(TemplateError) -> Template {
        let context = TemplateFileContext(file: file, text: text)
        let root = try TOMLFile.root(of: text, file: file)
        let top = try TemplateTableReader(
            root, path: .root, context: context,
            allowedKeys: [
                "id", "version", "name", "about", "source", "gate", "roles", "levels", "phases", "representation",
                "input_categories", "feedback_audiences",
            ])
        let id = try top.id("id")
        let version = try top.integer("version")
        guard version >= 1 else { throw top.error(.versionBelowOne(version), key: "version") }
        let name = try top.text("name")
        let about = try top.text("about")
        let source = try parseSource(top.table("source", allowedKeys: ["municipality", "title", "year", "adoption"]))
        let gate = GatePolicy(
            recommendation: try top.table("gate", allowedKeys: ["recommendation"]).text("recommendation"))
        let roles = try parseRoles(top)
        let levels = try parseLevels(top)
        let items = TemplateItemParser(hasLevels: !levels.isEmpty, roleIDs: roles.map(\.id))
        let phases = try parsePhases(top, items: items)
        guard !levels.isEmpty else { throw top.error(.noLevels, key: "levels") }
        let representation = try parseRepresentation(top)
        let inputCategories = try parseNamedList(top, key: "input_categories", nameKey: "title").map {
            InputCategory(id: $0.id, title: $0.name)
        }
        let audiences = try parseNamedList(top, key: "feedback_audiences", nameKey: "name").map {
            FeedbackAudience(id: $0.id, name: $0.name)
        }
        return Template(
            id: id, version: version, name: name, source: source, about: about,
            gate: gate, levels: levels, phases: phases, roles: roles, representation: representation,
            inputCategories: inputCategories.isEmpty ? InputCategory.standard : inputCategories,
            feedbackAudiences: audiences.isEmpty ? FeedbackAudience.standard : audiences)
    }

    private func parseSource(_ source: TemplateTableReader) throws(TemplateError) -> TemplateSource {
        TemplateSource(
            municipality: try source.text("municipality"), title: try source.text("title"),
            year: try source.optionalInteger("year"), adoption: try source.optionalText("adoption"))
    }

    /// The optional `[representation]` table; absent means `RepresentationModel.standard`, and
    /// absent `descriptions` keep the standard descriptions.
    private func parseRepresentation(_ top: TemplateTableReader) throws(TemplateError) -> RepresentationModel {
        guard let table = try top.optionalTable("representation", allowedKeys: ["orientation", "descriptions"])
        else { return .standard }
        let orientation = try table.choice("orientation", of: RepresentationModel.Orientation.allCases)
        guard table.table["descriptions"] != nil else {
            return RepresentationModel(
                orientation: orientation, descriptions: RepresentationModel.standard.descriptions)
        }
        let descriptions = try table.textList("descriptions")
        guard descriptions.count == 4 else {
            throw table.error(.representationDescriptionCount(descriptions.count), key: "descriptions")
        }
        guard !descriptions.contains(where: \.isEmpty) else {
            throw table.error(.emptyText(key: "descriptions"), key: "descriptions")
        }
        return RepresentationModel(orientation: orientation, descriptions: descriptions)
    }

    /// An optional list of tables with an id and a name each, such as `[[input_categories]]` (id, title) and
    /// `[[feedback_audiences]]` (id, name); ids must be unique. None means the standard list.
    private func parseNamedList(_ top: TemplateTableReader, key: String, nameKey: String) throws(TemplateError)
        -> [(id: String, name: String)]
    {
        let tables = try top.tableList(key, allowedKeys: ["id", nameKey])
        var entries: [(id: String, name: String)] = []
        var firstPlaces: [String: String] = [:]
        for table in tables {
            let id = try table.id("id")
            if let first = firstPlaces[id] { throw table.error(.duplicateID(id, firstPlace: first), key: "id") }
            firstPlaces[id] = table.path.description
            entries.append((id, try table.text(nameKey)))
        }
        return entries
    }

    private func parseRoles(_ top: TemplateTableReader) throws(TemplateError) -> [TemplateRole] {
        let tables = try top.tableList("roles", allowedKeys: ["id", "name", "responsibilities"])
        var roles: [TemplateRole] = []
        var firstPlaces: [String: String] = [:]
        for table in tables {
            let id = try table.id("id")
            if let first = firstPlaces[id] { throw table.error(.duplicateID(id, firstPlace: first), key: "id") }
            firstPlaces[id] = table.path.description
            roles.append(
                TemplateRole(
                    id: id, name: try table.text("name"), responsibilities: try table.textList("responsibilities")))
        }
        return roles
    }

    private func parseLevels(_ top: TemplateTableReader) throws(TemplateError) -> [InfluenceLevel] {
        let tables = try top.tableList(
            "levels",
            allowedKeys: ["id", "name", "dialogue", "degree", "description", "residents_get", "promise", "methods"])
        var levels: [InfluenceLevel] = []
        var firstPlaces: [String: String] = [:]
        for table in tables {
            let id = try table.id("id")
            if let first = firstPlaces[id] { throw table.error(.duplicateID(id, firstPlace: first), key: "id") }
            firstPlaces[id] = table.path.description
            let name = try table.text("name")
            let isDialogue = try table.boolean("dialogue")
            guard let degree = try table.optionalInteger("degree") else { throw table.error(.missingDegree) }
            guard InfluenceLevel.degrees.contains(degree) else {
                throw table.error(.degreeOutOfRange(key: "degree", value: degree), key: "degree")
            }
            levels.append(
                InfluenceLevel(
                    id: id, name: name, residentsGet: try table.optionalText("residents_get"),
                    description: try table.text("description"), promise: try table.optionalText("promise"),
                    isDialogue: isDialogue, degree: degree, methods: try table.textList("methods")))
        }
        return levels
    }

    private func parsePhases(_ top: TemplateTableReader, items: TemplateItemParser) throws(TemplateError)
        -> [PhaseChecklist]
    {
        let tables = try top.tableList("phases", allowedKeys: ["phase", "title", "intro", "items"], required: true)
        var items = items
        var checklists: [PhaseChecklist] = []
        var firstPlaces: [Phase: String] = [:]
        for table in tables {
            let phase = try table.choice("phase", of: Phase.allCases)
            if let first = firstPlaces[phase] {
                throw table.error(.duplicatePhase(phase, firstPlace: first), key: "phase")
            }
            let expected = Phase.allCases[checklists.count]
            if phase != expected {
                let expectedComesLater = tables.dropFirst(checklists.count + 1).contains {
                    (try? $0.choice("phase", of: Phase.allCases)) == expected
                }
                throw expectedComesLater
                    ? table.error(.phaseOutOfOrder(phase), key: "phase")
                    : top.error(.missingPhase(expected), key: "phases")
            }
            firstPlaces[phase] = table.path.description
            let itemTables = try table.tableList(
                "items", allowedKeys: ["id", "kind", "text", "guidance", "role", "schedule", "evidence", "report"])
            var phaseItems: [ChecklistItem] = []
            for itemTable in itemTables {
                phaseItems.append(try items.parse(itemTable))
            }
            checklists.append(
                PhaseChecklist(
                    phase: phase, title: try table.optionalText("title") ?? phase.defaultTitle,
                    intro: try table.optionalText("intro"), items: phaseItems))
        }
        if checklists.count < Phase.allCases.count {
            throw top.error(.missingPhase(Phase.allCases[checklists.count]), key: "phases")
        }
        return checklists
    }
}

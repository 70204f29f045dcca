import TOMLKit

/// Turns a template file's TOML text into a `Template`, checking everything a dialogue relies
/// on: required keys, known kinds, roles, phases and bounds, the five phases once each in
/// order, unique ids, `schedule` only on dates, and the influence levels.
struct TemplateParser {
    let text: String
    let file: String

    func parse() throws(TemplateError) -> Template {
        let context = TemplateFileContext(file: file, text: text)
        let root: TOMLTable
        do {
            root = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw TemplateError(
                file: file, line: error.source.begin.line, column: error.source.begin.column,
                problem: .syntax(error.description))
        } catch {
            throw TemplateError(file: file, problem: .syntax(String(describing: error)))
        }
        let top = try TemplateTableReader(
            root, path: .root, context: context,
            allowedKeys: ["id", "version", "name", "about", "source", "gate", "levels", "phases"])
        let id = try top.id("id")
        let version = try top.integer("version")
        guard version >= 1 else { throw top.error(.versionBelowOne(version), key: "version") }
        let name = try top.text("name")
        let about = try top.text("about")
        let source = try parseSource(top.table("source", allowedKeys: ["municipality", "title", "year", "adoption"]))
        let gate = GatePolicy(
            recommendation: try top.table("gate", allowedKeys: ["recommendation"]).text("recommendation"))
        let levels = try parseLevels(top)
        let phases = try parsePhases(top, hasLevels: !levels.isEmpty)
        guard !levels.isEmpty else { throw top.error(.noLevels, key: "levels") }
        return Template(
            id: id, version: version, name: name, source: source, about: about,
            gate: gate, levels: levels, phases: phases)
    }

    private func parseSource(_ source: TemplateTableReader) throws(TemplateError) -> TemplateSource {
        TemplateSource(
            municipality: try source.text("municipality"), title: try source.text("title"),
            year: try source.optionalInteger("year"), adoption: try source.optionalText("adoption"))
    }

    private func parseLevels(_ top: TemplateTableReader) throws(TemplateError) -> [InfluenceLevel] {
        let tables = try top.tableList(
            "levels",
            allowedKeys: ["id", "name", "dialogue", "description", "residents_get", "promise", "methods"])
        var levels: [InfluenceLevel] = []
        var firstPlaces: [String: String] = [:]
        for table in tables {
            let id = try table.id("id")
            if let first = firstPlaces[id] { throw table.error(.duplicateID(id, firstPlace: first), key: "id") }
            firstPlaces[id] = table.path.description
            levels.append(
                InfluenceLevel(
                    id: id, name: try table.text("name"), residentsGet: try table.optionalText("residents_get"),
                    description: try table.text("description"), promise: try table.optionalText("promise"),
                    isDialogue: try table.boolean("dialogue"), methods: try table.textList("methods")))
        }
        return levels
    }

    private func parsePhases(_ top: TemplateTableReader, hasLevels: Bool) throws(TemplateError)
        -> [PhaseChecklist]
    {
        let tables = try top.tableList("phases", allowedKeys: ["phase", "title", "intro", "items"], required: true)
        var items = TemplateItemParser(hasLevels: hasLevels)
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
                "items", allowedKeys: ["id", "kind", "text", "guidance", "role", "schedule"])
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

/// Reads the checklist items of a template file one by one, checking what spans items:
/// unique ids, one date item per schedule slot, and at most one level item.
struct TemplateItemParser {
    /// Whether the template has influence levels for a `level` item to choose from.
    let hasLevels: Bool
    private var idPlaces: [String: String] = [:]
    private var slotPlaces: [ScheduleSlot: String] = [:]
    private var levelItemPlace: String?

    init(hasLevels: Bool) {
        self.hasLevels = hasLevels
    }

    /// The item in `table`, or an error at its place.
    mutating func parse(_ table: TemplateTableReader) throws(TemplateError) -> ChecklistItem {
        let place = table.path.description
        let id = try table.id("id")
        if let first = idPlaces[id] { throw table.error(.duplicateID(id, firstPlace: first), key: "id") }
        idPlaces[id] = place
        let kind = try table.choice("kind", of: ItemKind.allCases)
        let text = try table.text("text")
        if kind == .level {
            guard hasLevels else { throw table.error(.levelItemWithoutLevels, key: "kind") }
            if let first = levelItemPlace { throw table.error(.secondLevelItem(firstPlace: first), key: "kind") }
            levelItemPlace = place
        }
        let schedule = try table.optionalTable("schedule", allowedKeys: ["phase", "bound"]).map {
            (slotTable) throws(TemplateError) in
            ScheduleSlot(
                phase: try slotTable.choice("phase", of: Phase.allCases),
                bound: try slotTable.choice("bound", of: [ScheduleSlot.Bound.start, .end]))
        }
        if let schedule {
            guard kind == .date else { throw table.error(.scheduleOnNonDateItem(kind: kind), key: "schedule") }
            if let first = slotPlaces[schedule] {
                throw table.error(.duplicateScheduleSlot(schedule, firstPlace: first), key: "schedule")
            }
            slotPlaces[schedule] = place
        }
        return ChecklistItem(
            id: id, kind: kind, text: text, guidance: try table.optionalText("guidance"),
            role: try table.optionalChoice("role", of: Role.allCases), schedule: schedule)
    }
}

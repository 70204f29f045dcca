/// Reads the checklist items of a template file one by one, checking what spans items:
/// unique ids, one date item per schedule slot, at most one level item, and roles that the
/// template defines.
struct TemplateItemParser {
    /// Whether the template has influence levels for a `level` item to choose from.
    let hasLevels: Bool
    /// The ids of the template's `[[roles]]`, which an item's `role` must be one of.
    let roleIDs: [String]
    private var idPlaces: [String: String] = [:]
    private var slotPlaces: [ScheduleSlot: String] = [:]
    private var levelItemPlace: String?

    init(hasLevels: Bool, roleIDs: [String]) {
        self.hasLevels = hasLevels
        self.roleIDs = roleIDs
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
            role: try role(table), schedule: schedule,
            evidence: try table.optionalChoice("evidence", of: EvidenceKind.allCases),
            report: try table.optionalChoice("report", of: ReportTopic.allCases))
    }

    /// The item's role id, which must be the id of one of the template's roles.
    private func role(_ table: TemplateTableReader) throws(TemplateError) -> String? {
        guard let role = try table.optionalText("role", keepEmpty: true) else { return nil }
        guard !roleIDs.isEmpty else { throw table.error(.noRolesDefined(role), key: "role") }
        guard roleIDs.contains(role) else { throw table.error(.unknownRole(role, defined: roleIDs), key: "role") }
        return role
    }
}

import Foundation

/// The planning part of the text report: target groups in the representation model, goals,
/// activities, people and responsibility, risks, side issues, inputs, Återkoppling and the warnings. Each part shows
/// only when it has something in it; the warnings always show.
enum PlanningReport {
    static let width = DialogueReport.width
    static let indent = DialogueReport.itemIndent

    /// The lines after the phases, each part preceded by an empty line; `today` adds overdue phases
    /// to the warnings; inputs' times are told in `timeZone`.
    static func lines(_ dialogue: Dialogue, today: LocalDate?, timeZone: TimeZone) -> [String] {
        let planning = dialogue.planning
        var parts: [[String]] = []
        if !planning.targetGroups.isEmpty {
            parts.append(
                ["Målgrupper (representationsmodellen)"]
                    + planning.targetGroups.flatMap { groupLines($0, model: dialogue.representation) })
        }
        if !planning.goals.isEmpty { parts.append(["Mål"] + planning.goals.flatMap(goalLines)) }
        if !planning.activities.isEmpty {
            parts.append(["Aktiviteter"] + planning.activities.flatMap { activityLines($0, in: dialogue) })
        }
        let responsibility = responsibilityLines(planning.responsibility)
        if !responsibility.isEmpty || !planning.people.isEmpty {
            parts.append(["Personer och ansvar"] + responsibility + planning.people.flatMap(personLines))
        }
        if !planning.risks.isEmpty { parts.append(["Risker"] + planning.risks.flatMap(riskLines)) }
        if !planning.sideIssues.isEmpty {
            parts.append(["Frågor utanför dialogen"] + planning.sideIssues.flatMap(sideIssueLines))
        }
        if !dialogue.inputs.isEmpty { parts.append(inputLines(dialogue, timeZone: timeZone)) }
        let followUp = followUpLines(dialogue)
        if !followUp.isEmpty { parts.append(followUp) }
        let warnings = dialogue.planningWarnings(today: today)
        if !warnings.isEmpty {
            parts.append(
                warnings.flatMap { PlainTextWrapper.block($0.text, firstPrefix: "VARNING: ", width: width) })
        }
        return parts.flatMap { [""] + $0 }
    }

    private static func groupLines(_ group: TargetGroup, model: RepresentationModel) -> [String] {
        var lines = head(group.id, group.name)
        let description = model.description(ofPriority: group.priority)
        let quadrant = "Prioritet \(group.priority)" + (description.isEmpty ? "" : ": \(description)")
        lines += PlainTextWrapper.block(quadrant, firstPrefix: indent, width: width)
        lines.append(
            indent + "Berörd: \(group.affected.swedishName) · aktivitet: \(group.activity.swedishName)"
                + " · svår att nå: \(group.hardToReach ? "ja" : "nej")")
        if !group.description.isEmpty { lines += field("Beskrivning", group.description) }
        lines += list("Trösklar", group.barriers)
        lines += list("Kanaler", group.channels)
        lines += list("Åtgärder", group.measures)
        lines += field("Planerat antal deltagare", group.plannedParticipants.map(String.init) ?? "")
        return lines
    }

    private static func goalLines(_ goal: Goal) -> [String] {
        head(goal.id, goal.kind.swedishName) + field("Mål", goal.goal) + field("Indikatorer", goal.indicators)
            + field("Datainsamling", goal.dataCollection) + field("Utfall", goal.outcome)
            + field("Uppfyllt", goal.fulfilled?.rawValue ?? "ej bedömt")
    }

    private static func activityLines(_ activity: Activity, in dialogue: Dialogue) -> [String] {
        let when = [activity.date?.description ?? "", activity.timeText].filter { !$0.isEmpty }.joined(separator: " ")
        var lines = head(activity.id, activity.title)
        if !activity.kind.isEmpty {
            lines += field("Slag", ActivityKind.standard(id: activity.kind)?.title ?? activity.kind)
        }
        if activity.status != .planned { lines += field("Status", activity.status.title) }
        lines +=
            field("Fas", dialogue.title(of: activity.heldIn)) + field("När", when)
            + field("Plats", activity.place)
            + field("Metod", activity.method)
            + field("Förväntat antal deltagare", activity.expectedParticipants.map(String.init) ?? "")
            + field("Tillgänglighet", activity.accessibility)
        if !activity.agenda.isEmpty {
            lines.append(indent + "Agenda (\(activity.agendaMinutes) min):")
            for point in activity.agenda {
                let details = [point.minutes.map { "\($0) min" }, point.leader.isEmpty ? nil : point.leader]
                    .compactMap { $0 }.joined(separator: ", ")
                let text = point.title + (details.isEmpty ? "" : " (\(details))")
                lines += PlainTextWrapper.block(text, firstPrefix: indent + "  \(point.id) ", width: width)
            }
        }
        if !activity.runSheet.isEmpty {
            lines.append(indent + "Körschema:")
            for item in activity.runSheet {
                lines += PlainTextWrapper.block(
                    item.text, firstPrefix: indent + "  [\(item.isDone ? "x" : " ")] ", width: width)
            }
        }
        if !activity.attendance.isEmpty { lines += attendanceLines(activity.attendance, in: dialogue) }
        if !activity.notes.isEmpty { lines += field("Anteckningar", activity.notes) }
        if !activity.documentation.isEmpty { lines += list("Dokumentation", activity.documentation) }
        if !activity.organisations.isEmpty { lines += list("Medverkande organisationer", activity.organisations) }
        return lines
    }

    /// `Närvaro: 24` with the counts per target group (by name), age band and gender.
    private static func attendanceLines(_ attendance: Attendance, in dialogue: Dialogue) -> [String] {
        let groups = attendance.byGroup.sorted { $0.key < $1.key }.map { id, count in
            "\(dialogue.planning.targetGroups.first { $0.id == id }?.name ?? id) \(count)"
        }
        let tallies = [
            ("per målgrupp", groups),
            ("per ålder", attendance.byAgeBand.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }),
            ("per kön", attendance.byGender.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }),
        ]
        var lines = field("Närvaro", attendance.total.map(String.init) ?? "ej räknad")
        for (label, counts) in tallies where !counts.isEmpty {
            lines += list("Närvaro \(label)", counts)
        }
        return lines
    }

    /// The register: counts per category, then every input with its place, sorting and source; hidden
    /// inputs last, with their reason.
    static func inputLines(_ dialogue: Dialogue, timeZone: TimeZone) -> [String] {
        let counts = dialogue.inputCounts(matching: InputFilter(includeHidden: true))
        var lines = ["Underlag (\(counts.total) inspel, \(counts.hidden) \(counts.hidden == 1 ? "dolt" : "dolda"))"]
        let perCategory =
            dialogue.inputCategories.map { "\($0.title) \(counts.byCategory[$0.id] ?? 0)" }
            + (counts.uncategorised > 0 ? ["utan kategori \(counts.uncategorised)"] : [])
        lines += list("Per kategori", perCategory)
        let tags = counts.tagsByCount.prefix(20).map { "\($0.tag) \($0.count)" }
        if !tags.isEmpty { lines += list("Vanligaste taggar", Array(tags)) }
        for input in dialogue.inputs.filter({ !$0.isHidden }) + dialogue.inputs.filter(\.isHidden) {
            lines += head(input.id, input.text)
            let place = [
                input.activity.map { id in dialogue.activity(id)?.title ?? id },
                input.agendaPoint.flatMap { point in
                    input.activity.flatMap { dialogue.activity($0) }?.agenda.first { $0.id == point }?.title ?? point
                },
            ].compactMap { $0 }.joined(separator: " · ")
            var details: [String] = []
            if let category = input.category { details.append(dialogue.inputCategory(category)?.title ?? category) }
            if !input.tags.isEmpty { details.append(input.tags.map { "#\($0)" }.joined(separator: " ")) }
            if let group = input.group {
                details.append(dialogue.planning.targetGroups.first { $0.id == group }?.name ?? group)
            }
            if let source = input.source { details.append(source.title) }
            let captured = input.capturedAt.minuteText(in: timeZone) + (input.capturedBy.map { ", \($0)" } ?? "")
            lines += PlainTextWrapper.block(
                ([place, captured] + details).filter { !$0.isEmpty }.joined(separator: " · "),
                firstPrefix: indent, width: width)
            if let original = input.duplicateOf { lines += field("Dubblett av", original) }
            if let issue = input.sideIssue { lines += field("Blev sidofråga", issue) }
            if let hidden = input.hidden { lines += field("Dold", "\(hidden.reason) (\(hidden.by))") }
        }
        return lines
    }

    private static func responsibilityLines(_ responsibility: Responsibility) -> [String] {
        let facilitation = responsibility.facilitation.map { $0 == .internal ? "intern" : "extern" }
        let fields = [
            ("Frågans ägare", responsibility.questionOwner),
            ("Ansvarig för dialogen", responsibility.dialogueResponsible), ("Processledning", facilitation ?? ""),
        ]
        return fields.filter { !$0.1.isEmpty }.flatMap { label, value in
            PlainTextWrapper.block(value, firstPrefix: "  \(label): ", width: width)
        }
    }

    private static func personLines(_ person: Person) -> [String] {
        var lines = head(person.id, "\(person.name) (\(person.role.swedishName))")
        if !person.contact.isEmpty { lines += field("Kontakt", person.contact) }
        if !person.participation.isEmpty { lines += field("Deltar", person.participation) }
        return lines
    }

    private static func riskLines(_ risk: Risk) -> [String] {
        head(risk.id, risk.risk)
            + field(
                "Sannolikhet",
                "\(risk.likelihood?.swedishName ?? "ej bedömd") · konsekvens: "
                    + (risk.consequence?.swedishName ?? "ej bedömd"))
            + field("Åtgärd", risk.mitigation) + field("Ägare", risk.owner)
    }

    private static func sideIssueLines(_ issue: SideIssue) -> [String] {
        head(issue.id, issue.question) + field("Skickad vidare till", issue.passedTo)
            + (issue.date.map { field("Datum", $0.description) } ?? [])
    }

    /// `  id    text`, the text wrapped under itself like a checklist item's.
    static func head(_ id: String, _ text: String) -> [String] {
        let prefix = "  " + id + String(repeating: " ", count: max(1, 6 - id.count))
        return PlainTextWrapper.block(text, firstPrefix: prefix, width: width)
    }

    /// `Label: value` under an entry, or `ej ifyllt` for an empty value.
    static func field(_ label: String, _ value: String) -> [String] {
        let text = value.trimmingCharacters(in: .whitespacesAndNewlines)
        return PlainTextWrapper.block(
            text.isEmpty ? "ej ifyllt" : text, firstPrefix: indent + label + ": ", width: width)
    }

    /// `Label: a, b, c`, or `inga` for an empty list.
    static func list(_ label: String, _ values: [String]) -> [String] {
        PlainTextWrapper.block(
            values.isEmpty ? "inga" : values.joined(separator: ", "), firstPrefix: indent + label + ": ", width: width)
    }
}

import Foundation

/// The planning part of the text report: target groups in the representation model, goals,
/// activities, people and responsibility, risks, side issues, and the warnings. Each part shows
/// only when it has something in it; the warnings always show.
enum PlanningReport {
    private static let width = DialogueReport.width
    private static let indent = DialogueReport.itemIndent

    /// The lines after the phases, each part preceded by an empty line; `today` adds overdue phases
    /// to the warnings.
    static func lines(_ dialogue: Dialogue, today: LocalDate?) -> [String] {
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
        return head(activity.id, activity.title)
            + field("Fas", dialogue.title(of: activity.heldIn)) + field("När", when)
            + field("Plats", activity.place)
            + field("Metod", activity.method)
            + field("Förväntat antal deltagare", activity.expectedParticipants.map(String.init) ?? "")
            + field("Tillgänglighet", activity.accessibility)
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
    private static func head(_ id: String, _ text: String) -> [String] {
        let prefix = "  " + id + String(repeating: " ", count: max(1, 6 - id.count))
        return PlainTextWrapper.block(text, firstPrefix: prefix, width: width)
    }

    /// `Label: value` under an entry, or `ej ifyllt` for an empty value.
    private static func field(_ label: String, _ value: String) -> [String] {
        let text = value.trimmingCharacters(in: .whitespacesAndNewlines)
        return PlainTextWrapper.block(
            text.isEmpty ? "ej ifyllt" : text, firstPrefix: indent + label + ": ", width: width)
    }

    /// `Label: a, b, c`, or `inga` for an empty list.
    private static func list(_ label: String, _ values: [String]) -> [String] {
        PlainTextWrapper.block(
            values.isEmpty ? "inga" : values.joined(separator: ", "), firstPrefix: indent + label + ": ", width: width)
    }
}

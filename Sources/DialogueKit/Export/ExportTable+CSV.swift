import Foundation

extension ExportTable {
    /// The table as CSV: every input (hidden ones too, with why), goal, target group or activity, one a row,
    /// with names rather than ids wherever the dialogue has them.
    func document(of dialogue: Dialogue, calendar: Calendar) -> CSVDocument {
        switch self {
        case .inputs: Self.inputs(of: dialogue, calendar: calendar)
        case .goals: Self.goals(of: dialogue)
        case .groups: Self.groups(of: dialogue)
        case .activities: Self.activities(of: dialogue)
        }
    }

    /// The inputs with their category, themes, group, activity, time, and the response that applies to each.
    private static func inputs(of dialogue: Dialogue, calendar: Calendar) -> CSVDocument {
        let time = Date.ISO8601FormatStyle(timeZoneSeparator: .colon, timeZone: calendar.timeZone)
        let categories = Dictionary(dialogue.inputCategories.map { ($0.id, $0.title) }) { first, _ in first }
        let groups = Dictionary(dialogue.planning.targetGroups.map { ($0.id, $0.name) }) { first, _ in first }
        let activities = Dictionary(dialogue.planning.activities.map { ($0.id, $0.title) }) { first, _ in first }
        let rows = dialogue.inputs.map { input -> [String] in
            let resolved = dialogue.resolvedResponse(for: input)
            let response = resolved?.response
            return [
                input.id, input.text,
                input.category.map { categories[$0] ?? $0 } ?? "",
                input.tags.joined(separator: ", "),
                input.group.map { groups[$0] ?? $0 } ?? "",
                input.activity.map { activities[$0] ?? $0 } ?? "",
                time.format(input.capturedAt),
                response?.status.words ?? "",
                response?.reason ?? "",
                response?.forwardedTo ?? "",
                response.map { decisions($0.decisions, in: dialogue) } ?? "",
                resolved.map { source(of: $0) } ?? "",
                input.duplicateOf ?? "",
                input.hidden.map { $0.reason.isEmpty ? "ja" : $0.reason } ?? "",
            ]
        }
        return CSVDocument(
            header: [
                "id", "text", "kategori", "teman", "målgrupp", "aktivitet", "tid", "svar", "skäl", "vidare till",
                "beslut", "svaret gäller", "dubblett av", "dold",
            ], rows: rows)
    }

    /// The goals table of the planning: kind, goal, indicators, data collection, outcome and uppfyllt.
    private static func goals(of dialogue: Dialogue) -> CSVDocument {
        CSVDocument(
            header: ["id", "typ", "mål", "indikatorer", "datainsamling", "utfall", "uppfyllt"],
            rows: dialogue.planning.goals.map { goal in
                [
                    goal.id, goal.kind.swedishName, goal.goal, goal.indicators, goal.dataCollection, goal.outcome,
                    goal.fulfilled?.rawValue ?? "",
                ]
            })
    }

    /// The target groups with their place in the representation model and what reaching them takes.
    private static func groups(of dialogue: Dialogue) -> CSVDocument {
        CSVDocument(
            header: [
                "id", "namn", "beskrivning", "berörd", "aktiv", "prioritet", "svår att nå", "trösklar", "kanaler",
                "åtgärder", "planerat antal",
            ],
            rows: dialogue.planning.targetGroups.map { group in
                [
                    group.id, group.name, group.description, group.affected.swedishName,
                    group.activity.swedishName, String(group.priority), group.hardToReach ? "ja" : "nej",
                    group.barriers.joined(separator: ", "), group.channels.joined(separator: ", "),
                    group.measures.joined(separator: ", "), group.plannedParticipants.map(String.init) ?? "",
                ]
            })
    }

    /// The activities: kind, phase, status, date and times, place, method and how many came.
    private static func activities(of dialogue: Dialogue) -> CSVDocument {
        let methods = Dictionary(dialogue.methods.map { ($0.id, $0.name) }) { first, _ in first }
        return CSVDocument(
            header: [
                "id", "titel", "typ", "fas", "status", "datum", "start", "slut", "tid", "plats", "metod",
                "förväntat antal", "närvaro", "tillgänglighet",
            ],
            rows: dialogue.planning.activities.map { activity in
                [
                    activity.id, activity.title, ActivityKind.standard(id: activity.kind)?.title ?? activity.kind,
                    dialogue.title(of: activity.heldIn), activity.status.title,
                    activity.date?.description ?? "", activity.start?.description ?? "",
                    activity.end?.description ?? "", activity.time, activity.place,
                    activity.method.isEmpty ? "" : methods[activity.method] ?? activity.method,
                    activity.expectedParticipants.map(String.init) ?? "",
                    activity.attendance.total.map(String.init) ?? "", activity.accessibility,
                ]
            })
    }

    /// The decisions a response fed, each as `body date § paragraph`, by id when the dialogue lacks it.
    private static func decisions(_ ids: [String], in dialogue: Dialogue) -> String {
        ids.map { id in
            guard let decision = dialogue.followUp.decisions.first(where: { $0.id == id }) else { return id }
            return [decision.body, decision.date?.description ?? "", decision.paragraph]
                .filter { !$0.isEmpty }.joined(separator: " ")
        }.joined(separator: "; ")
    }

    /// Where the response that applies comes from: the input's own, its original's, or a theme's.
    private static func source(of resolved: ResolvedResponse) -> String {
        switch resolved.source {
        case .own: "eget svar"
        case .original(let inputID): "samma som \(inputID)"
        case .theme(let tag): "temat \(tag)"
        }
    }
}

import Foundation
import TextSafety

/// What changed from one version of a dialogue to the next, in Swedish sentences such as
/// «bockade av "Förankra beslutet"» or «lade till målgruppen "Unga i Drottninghög"»: the one describer
/// behind `ting history`, the TUI's history view and its undo line.
public enum DialogueChanges {
    /// Every change from `old` to `new`, details first, then the checklist in order, then the planning.
    /// Empty when nothing but the time of the change differs.
    public static func describe(from old: Dialogue, to new: Dialogue) -> [String] {
        var sentences = detailChanges(old, new) + methodChanges(old, new) + itemChanges(old, new)
        sentences += planningChanges(old.planning, new.planning) + inputChanges(old, new) + contactChanges(old, new)
        sentences += responseRecordChanges(old.followUp, new.followUp)
        sentences += feedbackChanges(old, new)
        if old.template != new.template || old.about != new.about || old.gate != new.gate
            || old.levels != new.levels || old.roles != new.roles || old.representation != new.representation
        {
            sentences.append("ändrade handbokens uppgifter i dialogen")
        }
        if sentences.isEmpty && !sameContent(old, new) { sentences.append("ändrade dialogen") }
        return sentences
    }

    /// Who made the change to `new`: the name it records, else whoever last changed one of the items that
    /// differ from `old`; nil when the file does not say.
    public static func author(of new: Dialogue, since old: Dialogue?) -> String? {
        if let name = new.modifiedBy { return name }
        let previous = Dictionary(old?.allItems.map { ($0.id, $0) } ?? [], uniquingKeysWith: { first, _ in first })
        return new.allItems.filter { previous[$0.id] != $0 }.compactMap(\.lastChange).max { $0.at < $1.at }?.by
    }

    /// A text from a file shortened for a sentence: on one line, at most `length` characters with the "…"
    /// of a cut, each bounded as `SafeText.excerpt` bounds them, in quotes.
    static func quoted(_ text: String, length: Int = 48) -> String {
        let line = text.split(whereSeparator: \.isNewline).joined(separator: " ")
        return "\"\(SafeText.excerpt(line, length: line.count > length ? length - 1 : length))\""
    }

    /// Whether two versions differ in nothing but who changed them and when (the dialogue's and the items').
    private static func sameContent(_ old: Dialogue, _ new: Dialogue) -> Bool {
        func withoutStamps(_ dialogue: Dialogue) -> Dialogue {
            var dialogue = dialogue
            dialogue.modifiedAt = Date(timeIntervalSince1970: 0)
            dialogue.modifiedBy = nil
            for p in dialogue.phases.indices {
                for i in dialogue.phases[p].items.indices { dialogue.phases[p].items[i].lastChange = nil }
            }
            return dialogue
        }
        return withoutStamps(old) == withoutStamps(new)
    }

    private static func detailChanges(_ old: Dialogue, _ new: Dialogue) -> [String] {
        let fields: [(KeyPath<Dialogue, String>, String)] = [
            (\.title, "titeln"), (\.question, "frågan"), (\.purpose, "syftet"), (\.committee, "nämnden"),
            (\.administration, "förvaltningen"), (\.caseNumber, "diarienumret"),
        ]
        return fields.compactMap { keyPath, noun in
            let value = new[keyPath: keyPath]
            guard old[keyPath: keyPath] != value else { return nil }
            return value.isEmpty ? "tömde \(noun)" : "ändrade \(noun) till \(quoted(value))"
        }
    }

    private static func methodChanges(_ old: Dialogue, _ new: Dialogue) -> [String] {
        let oldIDs = Set(old.methods.map(\.id))
        let newIDs = Set(new.methods.map(\.id))
        return new.methods.filter { !oldIDs.contains($0.id) }.map { "valde metoden \(quoted($0.name))" }
            + old.methods.filter { !newIDs.contains($0.id) }.map { "tog bort metoden \(quoted($0.name))" }
    }

    private static func itemChanges(_ old: Dialogue, _ new: Dialogue) -> [String] {
        let previous = Dictionary(old.allItems.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var sentences: [String] = []
        for item in new.allItems {
            guard let before = previous[item.id], before != item else { continue }
            let text = quoted(item.text)
            if before.done != item.done {
                sentences.append(item.done == true ? "bockade av \(text)" : "tog bort bocken vid \(text)")
            }
            if before.answer != item.answer {
                sentences.append(item.answer.map { "svarade \($0.word) på \(text)" } ?? "tog bort svaret på \(text)")
            }
            if before.response != item.response {
                sentences.append(responseChange(item, in: new, text: text))
            }
            if before.date != item.date {
                sentences.append(item.date.map { "satte datumet \($0) för \(text)" } ?? "tog bort datumet för \(text)")
            }
            if before.assignee != item.assignee {
                let person = item.assignee.map { id in new.planning.people.first { $0.id == id }?.name ?? id }
                sentences.append(
                    person.map { "tilldelade \(text) till \($0)" } ?? "tog bort tilldelningen av \(text)")
            }
        }
        return sentences
    }

    private static func responseChange(_ item: ChecklistItem, in dialogue: Dialogue, text: String) -> String {
        guard let response = item.response else {
            return item.kind == .level ? "tog bort nivån för \(text)" : "tömde svaret på \(text)"
        }
        guard item.kind == .level else { return "svarade \(quoted(response)) på \(text)" }
        let level = dialogue.levels.first { $0.id == response }?.name ?? response
        return "valde nivån \(quoted(level)) för \(text)"
    }

    private static func planningChanges(_ old: Planning, _ new: Planning) -> [String] {
        var sentences = listChanges(
            old.targetGroups, new.targetGroups, list: "targetGroups", name: \.name,
            fields: [
                text("namn", \.name), text("beskrivning", \.description),
                { a, b in
                    a.affected == b.affected && a.activity == b.activity
                        ? nil
                        : "placering berörd \(b.affected.swedishName), aktivitet \(b.activity.swedishName)"
                },
                { a, b in a.hardToReach == b.hardToReach ? nil : "svår att nå: \(b.hardToReach ? "ja" : "nej")" },
                words("trösklar", \.barriers), words("kanaler", \.channels), words("åtgärder", \.measures),
                number("planerat antal", \.plannedParticipants),
            ])
        sentences += listChanges(
            old.goals, new.goals, list: "goals",
            name: { $0.goal.isEmpty ? $0.kind.swedishName : $0.goal },
            fields: [
                { a, b in a.kind == b.kind ? nil : "typ \(b.kind.swedishName)" }, text("mål", \.goal),
                text("indikatorer", \.indicators), text("datainsamling", \.dataCollection),
                text("utfall", \.outcome),
                { a, b in a.fulfilled == b.fulfilled ? nil : "uppfyllt: \(b.fulfilled?.rawValue ?? "ej bedömt")" },
            ])
        sentences += listChanges(
            old.activities, new.activities, list: "activities", name: \.title,
            fields: [
                text("namn", \.title), date("datum", \.date), text("tid", \.timeText), text("plats", \.place),
                kind, status, text("metod", \.method), number("förväntat antal", \.expectedParticipants),
                text("tillgänglighet", \.accessibility), agenda, runSheet, attendance(groups: new.targetGroups),
                text("anteckningar", \.notes), words("dokumentation", \.documentation),
                words("organisationer", \.organisations),
            ])
        sentences += listChanges(
            old.people, new.people, list: "people", name: \.name,
            fields: [
                text("namn", \.name), { a, b in a.role == b.role ? nil : "roll \(b.role.swedishName)" },
                text("kontakt", \.contact), text("medverkan", \.participation),
            ])
        sentences += listChanges(
            old.risks, new.risks, list: "risks", name: \.risk,
            fields: [
                text("risk", \.risk), level("sannolikhet", \.likelihood), level("konsekvens", \.consequence),
                text("åtgärd", \.mitigation), text("ägare", \.owner),
            ])
        sentences += listChanges(
            old.sideIssues, new.sideIssues, list: "sideIssues", name: \.question,
            fields: [text("fråga", \.question), text("lämnad till", \.passedTo), date("datum", \.date)])
        return sentences + responsibilityChanges(old.responsibility, new.responsibility)
    }

    private static func responsibilityChanges(_ old: Responsibility, _ new: Responsibility) -> [String] {
        var sentences: [String] = []
        for (keyPath, noun) in [
            (\Responsibility.questionOwner, "frågans ägare"), (\.dialogueResponsible, "dialogansvarig"),
        ] {
            let value = new[keyPath: keyPath]
            guard old[keyPath: keyPath] != value else { continue }
            sentences.append(value.isEmpty ? "tömde \(noun)" : "ändrade \(noun) till \(quoted(value))")
        }
        if old.facilitation != new.facilitation {
            let word =
                switch new.facilitation {
                case .internal: "intern"
                case .external: "extern"
                case nil: "inte bestämd"
                }
            sentences.append("ändrade processledningen till \(word)")
        }
        return sentences
    }

    /// How many participant contacts were added and removed (a purge): counted, never named.
    private static func contactChanges(_ old: Dialogue, _ new: Dialogue) -> [String] {
        guard old.contacts != new.contacts else { return [] }
        let oldIDs = Set(old.contacts.map(\.id))
        let newIDs = Set(new.contacts.map(\.id))
        let added = newIDs.subtracting(oldIDs).count
        let removed = oldIDs.subtracting(newIDs).count
        var sentences: [String] = []
        if added > 0 { sentences.append("lade till \(SwedishCount.phrase(added, one: "kontakt", other: "kontakter"))") }
        if removed > 0 {
            sentences.append("tog bort \(SwedishCount.phrase(removed, one: "kontakt", other: "kontakter"))")
        }
        if sentences.isEmpty { sentences.append("ändrade kontaktuppgifterna") }
        return sentences
    }

    /// What differs in one field of an entry, as «label "new value"», or nil when it is the same.
    typealias FieldChange<Entry> = (Entry, Entry) -> String?

    /// Added, removed, changed (with the fields that changed) and reordered entries of one planning list,
    /// named by its key in the file (`ListWords`).
    static func listChanges<Entry: Identifiable & Equatable>(
        _ old: [Entry], _ new: [Entry], list: String, name: (Entry) -> String, fields: [FieldChange<Entry>]
    ) -> [String] {
        let noun = ListWords.entry[list] ?? list
        let plural = ListWords.list[list] ?? list
        return ListEdit.steps(from: old, to: new).map { step in
            switch step {
            case .added(let entry):
                return "lade till \(noun) \(quoted(name(entry)))"
            case .changed(let before, let entry):
                let changed = fields.compactMap { $0(before, entry) }.joined(separator: ", ")
                return "ändrade \(noun) \(quoted(name(before)))" + (changed.isEmpty ? "" : ": \(changed)")
            case .removed(let entry):
                return "tog bort \(noun) \(quoted(name(entry)))"
            case .reordered:
                return "ändrade ordningen på \(plural)"
            }
        }
    }

    static func text<Entry>(_ label: String, _ keyPath: KeyPath<Entry, String>) -> FieldChange<Entry> {
        { a, b in
            let value = b[keyPath: keyPath]
            guard a[keyPath: keyPath] != value else { return nil }
            return value.isEmpty ? "\(label) tom" : "\(label) \(quoted(value))"
        }
    }

    static func words<Entry>(_ label: String, _ keyPath: KeyPath<Entry, [String]>) -> FieldChange<Entry> {
        { a, b in
            let value = b[keyPath: keyPath]
            guard a[keyPath: keyPath] != value else { return nil }
            return value.isEmpty ? "\(label) inga" : "\(label) \(quoted(value.joined(separator: ", ")))"
        }
    }

    private static func number<Entry>(_ label: String, _ keyPath: KeyPath<Entry, Int?>) -> FieldChange<Entry> {
        { a, b in
            a[keyPath: keyPath] == b[keyPath: keyPath]
                ? nil : "\(label) \(b[keyPath: keyPath].map(String.init) ?? "inget")"
        }
    }

    static func date<Entry>(_ label: String, _ keyPath: KeyPath<Entry, LocalDate?>) -> FieldChange<Entry> {
        { a, b in
            a[keyPath: keyPath] == b[keyPath: keyPath] ? nil : "\(label) \(b[keyPath: keyPath]?.description ?? "inget")"
        }
    }

    private static func level<Entry>(_ label: String, _ keyPath: KeyPath<Entry, RiskLevel?>) -> FieldChange<Entry> {
        { a, b in
            a[keyPath: keyPath] == b[keyPath: keyPath]
                ? nil : "\(label) \(b[keyPath: keyPath]?.swedishName ?? "ej bedömd")"
        }
    }
}

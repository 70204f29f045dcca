import Foundation

/// The held-activity part of `DialogueChanges`: the fields of an activity that Genomförande fills in
/// (agenda, checklist, attendance), each as «label what changed» inside «ändrade aktiviteten "…": …».
extension DialogueChanges {
    /// The activity's kind by its title when it is a standard one.
    static func kind(_ a: Activity, _ b: Activity) -> String? {
        guard a.kind != b.kind else { return nil }
        guard !b.kind.isEmpty else { return "typ ingen" }
        return "typ \(ActivityKind.standard(id: b.kind)?.title ?? quoted(b.kind))"
    }

    /// The status: planerad, genomförd, inställd.
    static func status(_ a: Activity, _ b: Activity) -> String? {
        a.status == b.status ? nil : "status \(b.status.title)"
    }

    /// Points added, changed (title, minutes, who leads), removed and reordered.
    static func agenda(_ a: Activity, _ b: Activity) -> String? {
        guard a.agenda != b.agenda else { return nil }
        let parts = subListChanges(a.agenda, b.agenda, name: \.title) { old, new in
            var details: [String] = []
            if old.title != new.title { details.append("till \(quoted(new.title))") }
            if old.minutes != new.minutes { details.append(new.minutes.map { "\($0) min" } ?? "utan tid") }
            if old.leader != new.leader {
                details.append(new.leader.isEmpty ? "ingen leder" : "leds av \(quoted(new.leader))")
            }
            return ["ändrade \(quoted(old.title)) (\(details.joined(separator: ", ")))"]
        }
        return "agendan: " + parts.joined(separator: ", ")
    }

    /// The activity's own checklist: ticks first, as the phase checklist's are worded, then edits.
    static func runSheet(_ a: Activity, _ b: Activity) -> String? {
        guard a.runSheet != b.runSheet else { return nil }
        let parts = subListChanges(a.runSheet, b.runSheet, name: \.text) { old, new in
            var sentences: [String] = []
            if old.isDone != new.isDone {
                sentences.append(
                    new.isDone ? "bockade av \(quoted(old.text))" : "tog bort bocken vid \(quoted(old.text))")
            }
            if old.text != new.text { sentences.append("ändrade \(quoted(old.text)) till \(quoted(new.text))") }
            return sentences
        }
        return "checklistan: " + parts.joined(separator: ", ")
    }

    /// The counts that differ: the total, each target group's (by name, in the grid's order), age bands, genders.
    static func attendance(groups: [TargetGroup]) -> (Activity, Activity) -> String? {
        { a, b in
            let old = a.attendance
            let new = b.attendance
            guard old != new else { return nil }
            func count(_ value: Int?) -> String { value.map(String.init) ?? "inget" }
            var parts: [String] = []
            if old.total != new.total { parts.append("totalt \(count(new.total))") }
            let order = Dictionary(groups.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
            let groupIDs = Set(old.byGroup.keys).union(new.byGroup.keys).sorted {
                (order[$0] ?? .max, $0) < (order[$1] ?? .max, $1)
            }
            for id in groupIDs where old.byGroup[id] != new.byGroup[id] {
                let name = groups.first { $0.id == id }?.name ?? id
                parts.append("\(quoted(name)) \(count(new.byGroup[id]))")
            }
            for keyPath in [\Attendance.byAgeBand, \.byGender] {
                for key in Set(old[keyPath: keyPath].keys).union(new[keyPath: keyPath].keys).sorted()
                where old[keyPath: keyPath][key] != new[keyPath: keyPath][key] {
                    parts.append("\(quoted(key)) \(count(new[keyPath: keyPath][key]))")
                }
            }
            return "deltagare " + parts.joined(separator: ", ")
        }
    }

    /// Entries of a list inside an entry (agenda points, checklist rows) added, changed, removed, reordered.
    private static func subListChanges<Entry: Identifiable & Equatable>(
        _ old: [Entry], _ new: [Entry], name: (Entry) -> String, changed: (Entry, Entry) -> [String]
    ) -> [String] {
        ListEdit.steps(from: old, to: new).flatMap { step in
            switch step {
            case .added(let entry): ["lade till \(quoted(name(entry)))"]
            case .changed(let before, let entry): changed(before, entry)
            case .removed(let entry): ["tog bort \(quoted(name(entry)))"]
            case .reordered: ["ny ordning"]
            }
        }
    }
}

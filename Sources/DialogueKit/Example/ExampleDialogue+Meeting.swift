import Foundation

/// The example's meeting part: the parents' workshop as Genomförande leaves it (kind, times, agenda,
/// its checklist partly ticked, attendance, minutes, documentation and what was said, sorted), the other
/// workshops and the play day held, and the feedback meeting planned ahead.
extension ExampleDialogue {
    /// The title of the workshop the example shows held in full.
    public static let heldWorkshop = "Workshop: föräldrar"

    /// Fills in the held and planned activities and the inputs through the same edit methods the app uses.
    static func hold(_ dialogue: inout Dialogue, now: Date, calendar: Calendar) {
        let kinds = [
            "Workshop: barn 6–9 år": "workshop", "Workshop: barn 10–13 år": "workshop", heldWorkshop: "workshop",
            "Lekdag i parken": "annat", "Återkopplingsträff": "möte", "Utvärdering med några deltagare": "fokusgrupp",
        ]
        let today = LocalDate(now, calendar: calendar)
        for index in dialogue.planning.activities.indices {
            var activity = dialogue.planning.activities[index]
            activity.kind = kinds[activity.title] ?? ""
            let past = activity.date.map { $0 < today } ?? false
            // The checklist of the workshop shown in full and of the meetings ahead; the other past ones were
            // held before Ting had one.
            if activity.runSheet.isEmpty && (!past || activity.title == heldWorkshop) {
                activity.runSheet = RunSheetItem.defaults
            }
            dialogue.updateActivity(activity, at: now)
            if past { _ = try? dialogue.setStatus(.held, ofActivity: activity.id, by: actor, at: now) }
            countAttendance(of: activity, in: &dialogue, now: now)
        }
        guard let workshop = dialogue.planning.activities.first(where: { $0.title == heldWorkshop }) else { return }
        holdWorkshop(workshop, in: &dialogue, now: now, calendar: calendar)
        dialogue.markModified(by: actor, at: now)
    }

    /// The children's workshops and the play day, counted per target group (the teenagers stayed away).
    private static func countAttendance(of activity: Activity, in dialogue: inout Dialogue, now: Date) {
        let counts: [String: (total: Int, groups: [(String, Int)])] = [
            "Workshop: barn 6–9 år": (36, [("g1", 36)]),
            "Workshop: barn 10–13 år": (19, [("g2", 19)]),
            "Lekdag i parken": (95, [("g1", 30), ("g2", 25), ("g3", 12), ("g5", 8)]),
        ]
        guard let (total, groups) = counts[activity.title] else { return }
        _ = try? dialogue.setAttendance(total, ofActivity: activity.id, by: actor, at: now)
        for (group, count) in groups {
            _ = try? dialogue.setAttendance(count, for: .group(group), ofActivity: activity.id, by: actor, at: now)
        }
    }

    private static func holdWorkshop(_ workshop: Activity, in dialogue: inout Dialogue, now: Date, calendar: Calendar) {
        let id = workshop.id
        let points = [
            ("Välkomna: frågan, platsen och budgeten", 10, "Karin Ek"),
            ("Så används parken i dag", 20, "Karin Ek"),
            ("Samtal i små grupper: trygghet och innehåll", 45, "Karin Ek"),
            ("Sammanfattning och hur vi återkopplar", 15, actor),
        ]
        var agenda: [String] = []
        for (title, minutes, leader) in points {
            if let point = try? dialogue.addAgendaPoint(
                title: title, minutes: minutes, leader: leader, toActivity: id, by: actor, at: now)
            {
                agenda.append(point)
            }
        }
        // The microphone and the fika were not sorted out in time; the rest was.
        for item in ["k1", "k2", "k4", "k5", "k7"] {
            _ = try? dialogue.setRunSheetItem(item, done: true, inActivity: id, by: actor, at: now)
        }
        _ = try? dialogue.setAttendance(22, ofActivity: id, by: actor, at: now)
        for (group, count) in [("g3", 14), ("g5", 3)] {
            _ = try? dialogue.setAttendance(count, for: .group(group), ofActivity: id, by: actor, at: now)
        }
        _ = try? dialogue.setNotes(
            "22 föräldrar kom, 14 av dem med språkstöd på arabiska eller somaliska. Trygghet var det som "
                + "diskuterades mest: belysning, insyn och staket mot gatan. Många vill ha sittplatser och skugga "
                + "för vuxna. Frågan om parkering skrevs på listan över sidofrågor.",
            ofActivity: id, by: actor, at: now)
        _ = try? dialogue.addDocumentation("bilder/foraldrar-blädderblock-1.jpg", toActivity: id, by: actor, at: now)
        _ = try? dialogue.addDocumentation("bilder/foraldrar-blädderblock-2.jpg", toActivity: id, by: actor, at: now)
        _ = try? dialogue.addOrganisation("Fritidsgården Drottninghög", toActivity: id, by: actor, at: now)
        _ = try? dialogue.addOrganisation("Somaliska föräldraföreningen", toActivity: id, by: actor, at: now)
        addInputs(at: workshop, agenda: agenda, to: &dialogue, calendar: calendar)
    }

    /// A dozen inputs from the parents' workshop, captured during it, as the facilitator sorted them.
    private static func addInputs(
        at workshop: Activity, agenda: [String], to dialogue: inout Dialogue, calendar: Calendar
    ) {
        guard agenda.count == 4, let date = workshop.date else { return }
        let inputs: [(minute: Int, point: Int, text: String, category: String, tags: [String], group: String?)] = [
            (
                12, 1, "Vi går genom parken till affären men stannar aldrig, det finns ingenstans att sitta", "svar",
                ["sittplatser"], "g3"
            ),
            (16, 1, "Barnen leker på parkeringen för att lekplatsen är trasig", "svar", ["trygghet"], "g3"),
            (21, 1, "På kvällen är det för mörkt för att gå dit", "behov", ["belysning", "trygghet"], "g3"),
            (34, 2, "Ett staket mot gatan så att de små inte springer ut", "forslag", ["trygghet"], "g3"),
            (38, 2, "Bänkar i skuggan där vi kan se barnen", "forslag", ["sittplatser", "skugga"], "g3"),
            (43, 2, "Lampor längs gångvägen och vid gungorna", "forslag", ["belysning"], "g3"),
            (47, 2, "Något för de stora barnen också, annars tar de över gungorna", "behov", ["tonåringar"], "g3"),
            (52, 2, "En vattenlek för varma dagar", "forslag", ["vatten"], nil),
            (58, 2, "Toaletter i närheten, annars måste vi gå hem", "behov", ["toalett"], "g3"),
            (63, 2, "Buller sent på kvällen oroar oss som bor nära", "teman", ["buller"], "g5"),
            (69, 2, "Trygghet för barnen är det viktigaste", "teman", ["trygghet"], "g3"),
            (
                80, 3, "Berätta för oss vad som händer sedan, på arabiska och somaliska också", "behov",
                ["återkoppling", "språk"], "g3"
            ),
        ]
        guard let start = workshop.start ?? ClockTime(hour: 18, minute: 0),
            let day = calendar.date(from: DateComponents(year: date.year, month: date.month, day: date.day)),
            let opened = calendar.date(bySettingHour: start.hour, minute: start.minute, second: 0, of: day)
        else { return }
        for input in inputs {
            let captured = opened.addingTimeInterval(TimeInterval(input.minute * 60))
            _ = try? dialogue.addInput(
                text: input.text, activity: workshop.id, agendaPoint: agenda[input.point],
                category: input.category, tags: input.tags, group: input.group, source: .oral, by: actor,
                at: captured)
        }
    }
}

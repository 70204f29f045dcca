import Foundation

@testable import DialogueKit

/// One fixed dialogue for the export tests and goldens: every record an export writes, with text that tests
/// escaping, quoting, folding and formula injection, times on both sides of a daylight-saving change and
/// past midnight, and a participant's contact that no export may carry.
enum ExportFixtures {
    /// When the export is made: 2026-12-01 12:00 UTC.
    static let now = Date(timeIntervalSince1970: 1_796_126_400)
    /// Exports read dates and times in Sweden's zone, whatever the machine's.
    static let calendar = Calendar.swedish
    static let id = UUID(uuidString: "6F1D2C3B-4A59-4E6D-9C2B-1A2B3C4D5E6F")!

    /// The moment a Swedish clock shows `time` on `date`.
    static func moment(_ date: String, _ time: String) -> Date {
        LocalDate(date)!.moment(at: ClockTime(time)!, calendar: calendar)!
    }

    /// The dialogue.
    static func dialogue() -> Dialogue {
        var dialogue = Dialogue(
            template: StoreFixtures.template, title: "Parken; Ås, \"norr\"", now: StoreFixtures.now, id: id)
        dialogue.planning.phaseDates = [
            PhaseDates(phase: .decision, start: LocalDate("2026-06-01"), end: LocalDate("2026-06-30")),
            PhaseDates(phase: .planning, start: LocalDate("2026-07-01")),
            PhaseDates(phase: .feedback, start: LocalDate("2026-11-01"), end: LocalDate("2026-12-31")),
            PhaseDates(phase: .evaluation, end: LocalDate("2027-01-31")),
        ]
        dialogue.planning.targetGroups = [
            TargetGroup(
                id: "g1", name: "Barn 6–12 år", affected: .high, activity: .low, hardToReach: true,
                barriers: ["brist på kunskap"], channels: ["skolan", "QR-koder"], plannedParticipants: 40),
            TargetGroup(id: "g2", name: "Föräldrar; vårdnadshavare", affected: .high, activity: .high),
        ]
        dialogue.planning.goals = [
            Goal(
                id: "m1", kind: .process, goal: "Nå 40 barn", indicators: "antal deltagare", dataCollection: "närvaro",
                outcome: "38 barn", fulfilled: .partly),
            Goal(id: "m2", kind: .result, goal: "=1+1 är ingen formel"),
        ]
        dialogue.planning.activities = [
            Activity(
                id: "a1", title: "Workshop, barn; lek \\ rita", kind: "workshop", date: LocalDate("2026-09-22"),
                start: ClockTime("18:00"), end: ClockTime("19:30"), place: "Skolan, aula", expectedParticipants: 40,
                accessibility: "Hörslinga\noch ramp", status: .held, attendance: Attendance(total: 38)),
            Activity(
                id: "a2",
                title: "Kvällsmöte om belysningen i parken efter mörkrets inbrott, med förvaltningen och polisen",
                kind: "möte", date: LocalDate("2026-11-10"), start: ClockTime("22:00"), end: ClockTime("00:30"),
                place: "Fritidsgården Ås"),
            Activity(id: "a3", title: "Lekdag 🎈", kind: "annat", date: LocalDate("2026-10-03"), time: "hela dagen"),
            Activity(id: "a4", title: "Digital enkät", kind: "enkät"),
            Activity(
                id: "a5", title: "Inställt möte", date: LocalDate("2026-10-20"), start: ClockTime("18:00"),
                status: .cancelled),
        ]
        let captured = moment("2026-09-22", "18:40")
        dialogue.inputs = [
            Input(
                id: "i1", text: "Fler gungor, tack; och \"bänkar\"\nför äldre", capturedAt: captured, activity: "a1",
                category: "forslag", tags: ["lek", "trygghet"], group: "g1",
                response: Response(status: .implemented, reason: "Ingår i budget 2027", decisions: ["b1"])),
            Input(id: "i2", text: "=HYPERLINK(\"http://example.com\",\"klick\")", capturedAt: captured + 60),
            Input(id: "i3", text: "-1+2", capturedAt: captured + 120, tags: ["trygghet"]),
            Input(id: "i4", text: "@SUM(A1)", capturedAt: captured + 180),
            Input(id: "i5", text: "\tTab först", capturedAt: captured + 240),
            Input(
                id: "i6", text: "+46 70 123 45 67 ring mig", capturedAt: captured + 300,
                hidden: InputHiding(reason: "Telefonnummer; personuppgift", by: "Anna", at: captured + 400)),
            Input(
                id: "i7", text: "Fler gungor!", capturedAt: moment("2026-11-10", "22:15"), activity: "a2",
                duplicateOf: "i1"),
        ]
        dialogue.contacts = [
            ParticipantContact(
                id: "k1", name: "Kontakt Hemlig", contact: "hemlig@example.com", consent: true,
                purpose: "återkoppling", retainUntil: LocalDate("2027-06-30")!)
        ]
        dialogue.followUp.themeResponses = [
            ThemeResponse(tag: "trygghet", response: Response(status: .considered, reason: "Belysning, utreds 2027"))
        ]
        dialogue.followUp.decisions = [
            Decision(
                id: "b1", body: "Kultur- och fritidsnämnden", date: LocalDate("2026-11-20"), paragraph: "§ 45",
                caseNumber: "KFN 2026/12", text: "Nya gungor byggs 2027.")
        ]
        dialogue.followUp.feedbackRounds = [
            FeedbackRound(
                id: "a1", audience: "deltagarna", plannedOn: LocalDate("2026-11-25"), channels: ["e-post"],
                sentOn: LocalDate("2026-11-27"), sentBy: "Anna", text: "Tack för era inspel!"),
            FeedbackRound(
                id: "a2", audience: "invanarna", plannedOn: LocalDate("2026-12-15"),
                channels: ["kommunens webbsida", "nyhetsbrev"]),
        ]
        return dialogue
    }
}

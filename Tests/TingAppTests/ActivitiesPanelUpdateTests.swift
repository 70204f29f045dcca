import DialogueKit
import TerminalKit
import Testing

@testable import TingApp

/// Key sequences in the Genomförande panel Aktiviteter: the list, an activity's details, agenda,
/// run sheet, attendance, minutes, documentation and organisations, and meeting mode's key.
struct ActivitiesPanelUpdateTests {
    private typealias F = PanelFixtures
    private typealias A = ActivitiesPanelFixtures

    private func panel(_ state: AppState) -> ActivitiesPanel? {
        Fixtures.screen(state)?.panels[ActivitiesPanel.self]
    }

    private func activity(_ id: String, in state: AppState) -> Activity? {
        Fixtures.screen(state)?.dialogue.planning.activities.first { $0.id == id }
    }

    @Test func theListShowsGenomförandeFirstWithKindTimesAndStatus() throws {
        let state = A.state()
        let text = F.text(state)
        let workshop = try #require(text.split(separator: "\n").first { $0.contains("Workshop på Råå skola") })
        #expect(workshop.contains("2026-11-12") && workshop.contains("18.00–20.00") && workshop.contains("planerad"))
        #expect(workshop.hasPrefix(" > "), "the Genomförande activity is first and selected: \(workshop)")
        #expect(text.contains("[Återkoppling] Återträ"))
        #expect(text.contains("Aktiviteter i Genomförande (1) · i andra faser (1)"))
    }

    @Test func aNewActivityIsAddedAndOpenedOnItsDetails() throws {
        var state = A.state(withActivities: false)
        #expect(F.text(state).contains(UIStrings.swedish.noHeldActivities.prefix(30)))
        let keys = Keymap.hints(for: state).filter(\.inHintLine).map(\.keyText)
        #expect(keys.contains("a"))
        #expect(!keys.contains("Enter") && !keys.contains("s") && !keys.contains("M"), "no activity to act on: \(keys)")
        var effects = F.press([.character("a"), .enter], on: &state)
        #expect(effects.isEmpty, "an activity needs a title")
        #expect(state.status?.text == UIStrings.swedish.activityTitleMissing)
        effects = F.press(F.type("Dialogcafé på torget") + [.enter], on: &state)
        let added = try #require(F.saved(effects)?.planning.activities.first)
        #expect(added.title == "Dialogcafé på torget" && added.heldIn == .implementation)
        #expect(panel(state)?.openID == added.id && panel(state)?.section == .details)
    }

    @Test func aBadTimeIsRefusedWithASentenceAndAGoodOneSaved() throws {
        var state = A.state()
        // Open the workshop, down to Start (title, kind, date, start).
        let clear = Array(repeating: Key.backspace, count: 5)
        var effects = F.press([.enter, .down, .down, .down, .enter] + clear + F.type("25:00") + [.enter], on: &state)
        #expect(effects.isEmpty)
        #expect(state.status?.text == UIStrings.swedish.invalidClockTime)
        effects = F.press(clear + F.type("18.30") + [.enter], on: &state)
        #expect(F.saved(effects)?.planning.activities.first { $0.id == "a1" }?.start == ClockTime(hour: 18, minute: 30))
        // An end before the start is refused too.
        effects = F.press([.down, .enter] + clear + F.type("17:00") + [.enter], on: &state)
        #expect(effects.isEmpty)
        #expect(state.status?.text == UIStrings.swedish.endBeforeStart)
        #expect(activity("a1", in: state)?.end == ClockTime(hour: 20, minute: 0))
    }

    @Test func theStatusStepsPlannedHeldCancelled() throws {
        var state = A.state()
        var effects = F.press([.character("s")], on: &state)
        #expect(F.saved(effects)?.planning.activities.first { $0.id == "a1" }?.status == .held)
        effects = F.press([.enter] + Array(repeating: Key.down, count: 6) + [.character(" ")], on: &state)
        #expect(F.saved(effects)?.planning.activities.first { $0.id == "a1" }?.status == .cancelled)
        #expect(F.text(state).contains("‹ inställd ›"), "the status is a word, not a colour")
    }

    @Test func theKindIsChosenWithTheChosenMethodsFirst() throws {
        var state = A.state()
        _ = F.press([.enter, .down, .enter], on: &state)
        let text = F.text(state)
        #expect(text.contains("Välj slag av aktivitet"))
        let first = try #require(text.split(separator: "\n").first { $0.contains("> Workshop") })
        #expect(first.contains("passar vald metod: Workshop"), "\(first)")
        let effects = F.press([.down, .enter], on: &state)
        #expect(F.saved(effects)?.planning.activities.first { $0.id == "a1" }?.kind == "möte")
    }

    @Test func agendaPointsAreAddedEditedReorderedAndRemoved() throws {
        var state = A.state()
        _ = F.press([.enter, .tab], on: &state)
        #expect(panel(state)?.section == .agenda)
        var effects = F.press([.character("a")] + F.type("Fika") + [.enter], on: &state)
        #expect(F.saved(effects)?.planning.activities.first { $0.id == "a1" }?.agenda.last?.title == "Fika")
        effects = F.press([.down, .enter] + F.type("tjugo") + [.enter], on: &state)
        #expect(effects.isEmpty)
        #expect(state.status?.text == UIStrings.swedish.invalidMinutes)
        effects = F.press(Array(repeating: .backspace, count: 5) + F.type("20") + [.enter], on: &state)
        effects += F.press([.down, .enter] + F.type("Kommunen") + [.enter, .escape], on: &state)
        let fika = try #require(F.saved(effects)?.planning.activities.first { $0.id == "a1" }?.agenda.last)
        #expect(fika == AgendaPoint(id: "p4", title: "Fika", minutes: 20, leader: "Kommunen"))
        // 15 + 60 + 30 + 20 = 125 minutes in 120: an overrun, in words and with a sign.
        #expect(F.text(state).contains("! Agendan är 5 min för lång (+5 min): 125 min av 120 (18.00–20.00)"))
        let order = { (effects: [Effect]) in
            F.saved(effects)?.planning.activities.first { $0.id == "a1" }?.agenda.map(\.id)
        }
        #expect(order(F.press([.character("K")], on: &state)) == ["p1", "p2", "p4", "p3"])
        #expect(order(F.press([.shiftUp], on: &state)) == ["p1", "p4", "p2", "p3"])
        #expect(order(F.press([.character("J")], on: &state)) == ["p1", "p2", "p4", "p3"])
        #expect(order(F.press([.up, .character("d"), .character("y")], on: &state)) == ["p1", "p4", "p3"])
        #expect(F.text(state).contains("Agendan: 55 min kvar; 65 min av 120 (18.00–20.00)"))
    }

    @Test func theRunSheetIsTickedWithSpaceAndTakesItsOwnItems() throws {
        var state = A.state()
        _ = F.press([.enter, .tab, .tab], on: &state)
        #expect(panel(state)?.section == .runSheet)
        #expect(F.text(state).contains("[x] Lokalen är bokad"))
        var effects = F.press([.down, .character(" ")], on: &state)
        #expect(F.saved(effects)?.planning.activities.first { $0.id == "a1" }?.runSheet.filter(\.isDone).count == 2)
        effects = F.press([.character("a")] + F.type("Skyltar från busshållplatsen") + [.enter], on: &state)
        let items = try #require(F.saved(effects)?.planning.activities.first { $0.id == "a1" }?.runSheet)
        #expect(items.last == RunSheetItem(id: "k8", text: "Skyltar från busshållplatsen"))
        #expect(F.text(state).contains("2 av 8 klara"))
    }

    @Test func anEmptyRunSheetOffersVänersborgsPoints() throws {
        var state = A.state(withActivities: false)
        _ = F.press([.character("a")] + F.type("Möte") + [.enter], on: &state)
        var d = try #require(Fixtures.screen(state))
        if let index = d.dialogue.planning.activities.indices.first {
            d.dialogue.planning.activities[index].runSheet = []
        }
        state.screen = .dialogue(d)
        _ = F.press([.tab, .tab], on: &state)
        #expect(F.text(state).contains("p lägg till standardpunkterna"))
        let effects = F.press([.character("p")], on: &state)
        #expect(F.saved(effects)?.planning.activities.first?.runSheet.map(\.text) == RunSheetItem.defaults.map(\.text))
    }

    @Test func attendanceIsSetInTotalAndPerTargetGroup() throws {
        var state = A.state()
        _ = F.press([.enter, .tab, .tab, .tab], on: &state)
        #expect(panel(state)?.section == .attendance)
        var effects = F.press([.enter, .backspace, .backspace] + F.type("fyrtio") + [.enter], on: &state)
        #expect(effects.isEmpty)
        #expect(state.status?.text == UIStrings.swedish.invalidCount)
        effects = F.press(Array(repeating: .backspace, count: 6) + F.type("45") + [.enter], on: &state)
        #expect(F.saved(effects)?.planning.activities.first { $0.id == "a1" }?.attendance.total == 45)
        // Down to the third group (Nyanlända familjer), counted up twice and down once.
        effects = F.press([.down, .down, .down, .character("+"), .character("+"), .character("-")], on: &state)
        let attendance = try #require(F.saved(effects)?.planning.activities.first { $0.id == "a1" }?.attendance)
        #expect(attendance.byGroup == ["g1": 12, "g2": 20, "g3": 1])
        #expect(F.text(state).contains("Målgrupperna: 33 av 45"))
        // An age band is a tally of its own.
        effects = F.press([.down, .enter] + F.type("7") + [.enter], on: &state)
        #expect(F.saved(effects)?.planning.activities.first { $0.id == "a1" }?.attendance.byAgeBand == ["0-17": 7])
    }

    @Test func minutesAreWrittenAParagraphAtATime() throws {
        var state = A.state()
        _ = F.press([.enter] + Array(repeating: Key.tab, count: 4), on: &state)
        #expect(panel(state)?.section == .notes)
        var effects = F.press([.character("a")] + F.type("Många vill ha fler gungor.") + [.enter], on: &state)
        effects += F.press(F.type("Belysningen tas upp som sidofråga.") + [.enter, .enter], on: &state)
        #expect(
            F.saved(effects)?.planning.activities.first { $0.id == "a1" }?.notes
                == "Många vill ha fler gungor.\nBelysningen tas upp som sidofråga.")
        #expect(panel(state)?.editing == nil, "Enter on an empty new paragraph stops writing")
    }

    @Test func documentationAndOrganisationsAreListsOfTheirOwn() throws {
        var state = A.state()
        _ = F.press([.enter, .backTab, .backTab, .backTab], on: &state)
        #expect(panel(state)?.section == .documentation)
        var effects = F.press([.character("a")] + F.type("foton/blädderblock-1.jpg") + [.enter], on: &state)
        #expect(
            F.saved(effects)?.planning.activities.first { $0.id == "a1" }?.documentation == ["foton/blädderblock-1.jpg"]
        )
        _ = F.press([.tab], on: &state)
        effects = F.press([.character("a")] + F.type("Rååns vänner") + [.enter], on: &state)
        #expect(F.saved(effects)?.planning.activities.first { $0.id == "a1" }?.organisations == ["Rååns vänner"])
        effects = F.press([.character("d"), .character("n")], on: &state)
        #expect(effects.isEmpty, "n keeps the organisation")
        effects = F.press([.character("d"), .character("y")], on: &state)
        #expect(F.saved(effects)?.planning.activities.first { $0.id == "a1" }?.organisations == [])
    }

    @Test func capitalMOpensMeetingModeOnTheSelectedActivity() throws {
        let state = A.state()
        let hints = F.text(state).split(separator: "\n").last ?? ""
        #expect(hints.contains("M mötesläge"), "\(hints)")
        var activities = try #require(panel(state))
        var context = PanelContext(
            dialogue: A.dialogue(withActivities: true), stem: "lekplats-i-raa", isReadOnly: false, now: Fixtures.now,
            actor: "anna", calendar: .swedish, screen: state.size, area: Rect(state.size))
        _ = activities.handle(.character("M"), in: &context)
        #expect(context.opensMeeting == "a1", "M asks the host for meeting mode on the selected activity")
        _ = activities.handle(.down, in: &context)
        _ = activities.handle(.enter, in: &context)
        _ = activities.handle(.character("M"), in: &context)
        #expect(context.opensMeeting == "a2", "and on the open one")
    }

    @Test func aContactIsKeptOnlyWithConsentPurposeAndDate() throws {
        var state = A.state()
        _ = F.press([.enter, .backTab], on: &state)
        #expect(panel(state)?.section == .contacts)
        var effects = F.press([.character("a")] + F.type("Anna Berg") + [.enter], on: &state)
        effects += F.press([.down, .enter] + F.type("anna@example.se") + [.enter], on: &state)
        effects += F.press([.down, .enter] + F.type("återkoppling om beslutet") + [.enter], on: &state)
        effects += F.press([.down, .enter] + F.type("2027-13-01") + [.enter], on: &state)
        #expect(state.status?.text == UIStrings.swedish.invalidDate)
        effects += F.press(
            [.backspace, .backspace, .backspace, .backspace, .backspace] + F.type("06-30") + [.enter], on: &state)
        #expect(effects.isEmpty, "nothing is kept before the participant's consent")
        #expect(F.text(state).contains(UIStrings.swedish.contactNotSavedYet))
        effects = F.press([.down, .character(" ")], on: &state)
        let saved = try #require(F.saved(effects)?.contacts)
        #expect(
            saved == [
                ParticipantContact(
                    id: "c1", name: "Anna Berg", contact: "anna@example.se", consent: true,
                    purpose: "återkoppling om beslutet", retainUntil: LocalDate("2027-06-30")!, activity: "a1")
            ])
        #expect(F.saved(effects)?.inputs.isEmpty == true, "a contact is never an input")
        effects = F.press([.character(" ")], on: &state)
        #expect(effects.isEmpty)
        #expect(state.status?.text == UIStrings.swedish.consentWithdrawn)
        _ = F.press([.escape], on: &state)
        #expect(F.text(state).contains("Anna Berg · anna@example.se · återkoppling om beslutet · till 2027-06-30"))
    }

    @Test func anUnfinishedContactIsDroppedAndSaysSo() {
        var state = A.state()
        let effects = F.press([.enter, .backTab, .character("a")] + F.type("Bo") + [.enter, .escape], on: &state)
        #expect(effects.isEmpty)
        #expect(state.status?.text == UIStrings.swedish.contactDiscarded)
        #expect(Fixtures.screen(state)?.dialogue.contacts.isEmpty == true)
    }

    @Test func contactsPastTheirDateAreOfferedForPurgingAndCounted() throws {
        var state = A.state()
        var d = try #require(Fixtures.screen(state))
        d.dialogue.contacts = [
            ParticipantContact(
                id: "c1", name: "Anna Berg", contact: "anna@example.se", consent: true, purpose: "återkoppling",
                retainUntil: LocalDate("2026-12-31")!, activity: "a1"),
            ParticipantContact(
                id: "c2", name: "Bo Ek", contact: "070-123 45 67", consent: true, purpose: "återkoppling",
                retainUntil: LocalDate("2027-06-30")!, activity: "a1"),
        ]
        state.screen = .dialogue(d)
        #expect(state.today > LocalDate("2026-12-31")!)
        #expect(F.text(state).contains("! 1 kontaktuppgift har passerat sitt gallringsdatum: G gallrar den."))
        #expect(F.press([.character("G"), .character("n")], on: &state).isEmpty)
        _ = F.press([.character("G")], on: &state)
        #expect(F.text(state).contains("Gallra 1 kontaktuppgift?"))
        let effects = F.press([.character("y")], on: &state)
        #expect(F.saved(effects)?.contacts.map(\.id) == ["c2"])
        #expect(state.status?.text == "1 kontaktuppgift gallrades.")
        #expect(!F.text(state).contains("gallringsdatum"))
    }

    @Test func aTickInAnOpenActivityIsUndoneWithU() throws {
        var state = A.state()
        let effects = F.press([.enter, .tab, .tab, .down, .character(" ")], on: &state)
        #expect(F.saved(effects)?.planning.activities.first { $0.id == "a1" }?.runSheet[1].isDone == true)
        let undone = F.press([.character("u")], on: &state)
        #expect(F.saved(undone)?.planning.activities.first { $0.id == "a1" }?.runSheet[1].isDone == false)
        #expect(panel(state)?.section == .runSheet, "undo leaves the activity open where it was")
    }

    @Test(arguments: [nil] + ActivitySection.allCases)
    func aKeyTheHelpDoesNotNameDoesNothing(section: ActivitySection?) {
        var state = A.state()
        if let section { _ = F.press([.enter] + Array(repeating: Key.tab, count: section.rawValue), on: &state) }
        let keys: [Key] =
            (32...126).map { Key.character(Character(UnicodeScalar($0)!)) } + "åäö".map { Key.character($0) }
            + [.up, .down, .left, .right, .shiftUp, .shiftDown, .enter, .escape, .tab, .backTab, .backspace, .delete]
        let named = Set(Keymap.hints(for: state).flatMap(\.keys))
        for key in keys where !named.contains(key) {
            var pressed = state
            #expect(update(&pressed, .keyPressed(key)).isEmpty, "\(key) in \(String(describing: section))")
            #expect(F.text(pressed) == F.text(state), "\(key) in \(String(describing: section)) changed the screen")
        }
    }

    @Test func anActivityRemovedByAnotherWriterClosesAndTheListStaysValid() throws {
        var state = A.state()
        _ = F.press([.down, .enter, .tab], on: &state)
        #expect(panel(state)?.openID == "a2")
        var theirs = try #require(Fixtures.screen(state)?.dialogue)
        theirs.planning.activities.removeAll { $0.id == "a2" }
        _ = update(
            &state,
            .dialogueChangedOnDisk(
                LoadedDialogue(stem: "lekplats-i-raa", dialogue: theirs, isReadOnly: false, readOnlyReason: nil)))
        #expect(panel(state)?.openID == nil && panel(state)?.list.selected == 0)
        #expect(F.text(state).contains("> 2026-11-12"))
    }

    @Test func readOnlyRefusesEveryChange() {
        var state = A.state(readOnly: true)
        var effects = F.press([.character("a"), .character("s")], on: &state)
        effects += F.press([.enter, .tab, .character("a"), .tab, .character(" "), .tab, .character("+")], on: &state)
        #expect(effects.isEmpty)
        #expect(state.status?.text == UIStrings.swedish.readOnlyRefusal)
    }
}

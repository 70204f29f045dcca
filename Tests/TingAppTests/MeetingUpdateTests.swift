import DialogueKit
import Foundation
import TerminalKit
import Testing

@testable import TingApp

/// Meeting mode through the pure update: what the facilitator types goes to the capture line and Enter saves
/// it with its time, activity and agenda point; the function keys label, count, tick and move the agenda.
struct MeetingUpdateTests {
    private func press(_ keys: [Key], on state: inout AppState) -> [Effect] {
        PanelFixtures.press(keys, on: &state)
    }

    private func type(_ text: String) -> [Key] { PanelFixtures.type(text) }

    @Test func enterSavesTheInputWithItsTimeActivityAndAgendaPoint() throws {
        var state = MeetingFixtures.state()
        let later = Fixtures.now.addingTimeInterval(90)
        _ = press(type("Fler träd på torget, åäö"), on: &state)
        state.now = later
        let effects = update(&state, .keyPressed(.enter))
        let saved = try #require(PanelFixtures.saved(effects))
        let input = try #require(saved.inputs.last)
        #expect(input.text == "Fler träd på torget, åäö")
        #expect(input.capturedAt == later)
        #expect(input.activity == MeetingFixtures.activity)
        #expect(input.agendaPoint == "p2", "09:00 is in the second point, planned 08:40–09:25")
        #expect(input.capturedBy == "anna")
        #expect(input.source == .oral)
        #expect(MeetingFixtures.meeting(state)?.draft.text == "")
        #expect(MeetingFixtures.dialogue(state)?.inputs.count == 1)
    }

    @Test func keysThatTypeElsewhereTypeHere() throws {
        var state = MeetingFixtures.state()
        let effects = press(type("uq1[]?/ jk") + [.character("3")], on: &state)
        #expect(effects.isEmpty)
        #expect(MeetingFixtures.meeting(state)?.draft.text == "uq1[]?/ jk3")
        #expect(state.showsHelp == false)
        #expect(MeetingFixtures.meeting(state) != nil, "still in meeting mode")
    }

    @Test func aBlankLineSavesNothing() {
        var state = MeetingFixtures.state()
        #expect(press(type("   ") + [.enter], on: &state).isEmpty)
        #expect(MeetingFixtures.dialogue(state)?.inputs.isEmpty == true)
    }

    @Test func f2LabelsWhatIsTypedAndElseTheLastInput() throws {
        var state = MeetingFixtures.state()
        _ = press(type("Bänkar") + [.function(2), .function(2)], on: &state)
        #expect(MeetingFixtures.meeting(state)?.labels.category == "forslag")
        let first = try #require(PanelFixtures.saved(update(&state, .keyPressed(.enter))))
        #expect(first.inputs.last?.category == "forslag")
        #expect(MeetingFixtures.meeting(state)?.labels == CaptureLabels(), "the next input starts unlabelled")
        // Nothing typed: F2 moves the last input on to the next category, and saves it.
        let second = try #require(PanelFixtures.saved(update(&state, .keyPressed(.function(2)))))
        #expect(second.inputs.last?.category == "svar")
        _ = press([.function(2), .function(2)], on: &state)
        #expect(MeetingFixtures.dialogue(state)?.inputs.last?.category == nil, "after the last category: none")
    }

    @Test func f2WithNothingCapturedSaysSo() {
        var state = MeetingFixtures.state()
        #expect(update(&state, .keyPressed(.function(2))).isEmpty)
        #expect(state.status == StatusLine(UIStrings.swedish.meetingNothingToLabel, isError: true))
    }

    @Test func f3TagsAndF4ChoosesTheSpeakersGroup() throws {
        var state = MeetingFixtures.state()
        _ = press(type("Mörkt vid busshållplatsen") + [.function(3)] + type("trygghet") + [.enter], on: &state)
        #expect(MeetingFixtures.meeting(state)?.labels.tags == ["trygghet"])
        #expect(
            MeetingFixtures.meeting(state)?.draft.text == "Mörkt vid busshållplatsen", "the words wait under the prompt"
        )
        _ = press([.function(4)] + type("äld") + [.enter], on: &state)
        #expect(
            MeetingFixtures.meeting(state)?.labels.group == "g2", "a few letters and Enter take the group they match")
        let saved = try #require(PanelFixtures.saved(update(&state, .keyPressed(.enter))))
        let input = try #require(saved.inputs.last)
        #expect(input.tags == ["trygghet"])
        #expect(input.group == "g2")
        // With nothing typed they go to the last input, saved at once.
        let tagged = try #require(PanelFixtures.saved(press([.function(3)] + type("belysning") + [.enter], on: &state)))
        #expect(tagged.inputs.last?.tags == ["trygghet", "belysning"])
        let grouped = try #require(PanelFixtures.saved(press([.function(4), .enter], on: &state)))
        #expect(grouped.inputs.last?.group == nil, "the first row is no target group")
    }

    @Test func ctrlCWithWordsOnTheLineWarnsOnceThenQuits() {
        var state = MeetingFixtures.state()
        _ = press(type("Halvskrivet"), on: &state)
        #expect(update(&state, .interruptRequested).isEmpty, "the first Ctrl-C keeps Ting and the words")
        #expect(state.status == StatusLine(UIStrings.swedish.meetingInterruptUnsaved, isError: true))
        #expect(MeetingFixtures.meeting(state)?.draft.text == "Halvskrivet")
        _ = press(type("!"), on: &state)
        #expect(update(&state, .interruptRequested).isEmpty, "a key between asks again")
        let effects = update(&state, .interruptRequested)
        #expect(effects.contains { if case .quit = $0 { true } else { false } })
        var empty = MeetingFixtures.state()
        let quit = update(&empty, .interruptRequested)
        #expect(quit.contains { if case .quit = $0 { true } else { false } }, "nothing typed: Ctrl-C quits at once")
    }

    @Test func escInAPromptClosesItAndKeepsTheLine() {
        var state = MeetingFixtures.state()
        _ = press(type("Text") + [.function(3)] + type("tagg") + [.escape], on: &state)
        #expect(MeetingFixtures.meeting(state)?.prompt == nil)
        #expect(MeetingFixtures.meeting(state)?.labels.tags == [])
        #expect(MeetingFixtures.meeting(state)?.draft.text == "Text")
    }

    @Test func theAgendaMovesAndTheNextInputIsCapturedUnderTheNewPoint() throws {
        var state = MeetingFixtures.state()
        #expect(MeetingFixtures.meeting(state)?.clock.point == 1)
        state.now = Fixtures.now.addingTimeInterval(120)
        _ = press([.function(6)], on: &state)
        let clock = try #require(MeetingFixtures.meeting(state)?.clock)
        #expect(clock.point == 2)
        #expect(clock.pointStartedAt == state.now, "the point begins when the facilitator moves to it")
        _ = press([.function(6)], on: &state)
        #expect(MeetingFixtures.meeting(state)?.clock.point == 2, "no point after the last")
        let saved = try #require(PanelFixtures.saved(press(type("Tack") + [.enter], on: &state)))
        #expect(saved.inputs.last?.agendaPoint == "p3")
        _ = press([.function(5), .function(5), .function(5)], on: &state)
        #expect(MeetingFixtures.meeting(state)?.clock.point == 0)
    }

    @Test func attendanceCountsTheTotalAndTheSelectedGroup() throws {
        var state = MeetingFixtures.state()
        _ = press([.function(8), .function(8), .function(8), .function(7)], on: &state)
        #expect(MeetingFixtures.dialogue(state)?.activity(MeetingFixtures.activity)?.attendance.total == 2)
        _ = press([.tab, .down], on: &state)
        let effects = press([.function(8), .function(8)], on: &state)
        let attendance = try #require(PanelFixtures.saved(effects)?.activity(MeetingFixtures.activity)?.attendance)
        #expect(attendance.byGroup == ["g1": 2])
        #expect(attendance.total == 2, "a group's count is its own")
        _ = press([.function(7), .function(7), .function(7)], on: &state)
        #expect(MeetingFixtures.dialogue(state)?.activity(MeetingFixtures.activity)?.attendance.byGroup["g1"] == 0)
    }

    @Test func f9TicksTheRunSheetAndTheHandbooksItems() throws {
        var state = MeetingFixtures.state()
        let first = try #require(PanelFixtures.saved(update(&state, .keyPressed(.function(9)))))
        #expect(first.activity(MeetingFixtures.activity)?.runSheet.first?.isDone == true)
        // The run sheet's seven items, then Genomförande's check item of the template.
        _ = press(Array(repeating: .down, count: 7), on: &state)
        let second = try #require(PanelFixtures.saved(update(&state, .keyPressed(.function(9)))))
        #expect(second.item("g.doc")?.done == true)
        let third = try #require(PanelFixtures.saved(update(&state, .keyPressed(.function(9)))))
        #expect(third.item("g.doc")?.done == nil, "F9 again unticks")
    }

    @Test func escLeavesButAsksOnceWhenWordsAreOnTheLine() {
        var state = MeetingFixtures.state()
        _ = press(type("Halvskrivet"), on: &state)
        _ = update(&state, .keyPressed(.escape))
        #expect(MeetingFixtures.meeting(state) != nil)
        #expect(state.status == StatusLine(UIStrings.swedish.meetingLeaveUnsaved, isError: true))
        _ = update(&state, .keyPressed(.character("!")))
        _ = update(&state, .keyPressed(.escape))
        #expect(MeetingFixtures.meeting(state) != nil, "a key between the two asks again")
        _ = update(&state, .keyPressed(.escape))
        #expect(MeetingFixtures.meeting(state) == nil)
        var empty = MeetingFixtures.state()
        _ = update(&empty, .keyPressed(.escape))
        #expect(MeetingFixtures.meeting(empty) == nil)
    }

    @Test func aReadOnlyDialogueKeepsTheWordsAndSaysWhy() {
        var state = MeetingFixtures.state(readOnly: true)
        let effects = press(type("Något viktigt") + [.enter], on: &state)
        #expect(effects.isEmpty)
        #expect(MeetingFixtures.meeting(state)?.draft.text == "Något viktigt")
        #expect(state.status?.isError == true)
    }

    @Test func anEnteredInputIsNoUndoStep() throws {
        var state = MeetingFixtures.state()
        _ = press(type("Ett inspel") + [.enter, .function(8), .escape], on: &state)
        #expect(MeetingFixtures.dialogue(state)?.inputs.count == 1)
        #expect(Fixtures.screen(state)?.undo.undo.isEmpty == true)
        #expect(update(&state, .keyPressed(.character("u"))).isEmpty)
        #expect(MeetingFixtures.dialogue(state)?.inputs.count == 1, "u after the meeting takes no input away")
        #expect(MeetingFixtures.dialogue(state)?.modifiedBy == "anna")
    }

    @Test func f1OpensTheHelpOfMeetingMode() {
        var state = MeetingFixtures.state()
        _ = update(&state, .keyPressed(.function(1)))
        #expect(state.showsHelp)
        let hints = Keymap.hints(for: state)
        #expect(hints.contains { $0.keyText == "F2" && $0.label == UIStrings.swedish.keyCategory })
        #expect(hints.contains { $0.keyText == "+m:ss" })
        #expect(!hints.contains { $0.keys.contains(.character("u")) }, "undo is typed in meeting mode")
        #expect(!hints.contains { $0.keys.contains(.character("q")) }, "so is q")
    }

    @Test func clicksDoNotReachTheScreenBehind() {
        var state = MeetingFixtures.state()
        let before = Fixtures.screen(state)?.phaseIndex
        _ = update(&state, .clicked(Point(x: 3, y: 4)))
        #expect(Fixtures.screen(state)?.phaseIndex == before)
        #expect(MeetingFixtures.meeting(state) != nil)
    }
}

/// The agenda's clock: the point planned for now when the meeting is held today, the time left in words
/// and sign.
struct AgendaClockTests {
    private func activity(start: ClockTime?, date: LocalDate?) -> Activity {
        Activity(
            id: "a1", title: "Möte", date: date, start: start,
            agenda: [
                AgendaPoint(id: "p1", title: "Ett", minutes: 10), AgendaPoint(id: "p2", title: "Två", minutes: 20),
                AgendaPoint(id: "p3", title: "Tre", minutes: nil), AgendaPoint(id: "p4", title: "Fyra", minutes: 5),
            ])
    }

    private let today = LocalDate(Fixtures.now, calendar: .swedish)

    @Test func theClockStartsAtThePointPlannedForNow() throws {
        // 09:00 in Stockholm; the meeting began 08:45: p1 08:45–08:55, p2 08:55–09:15.
        let clock = AgendaClock(
            activity: activity(start: ClockTime(hour: 8, minute: 45), date: today), now: Fixtures.now,
            calendar: .swedish)
        #expect(clock.point == 1)
        #expect(clock.secondsLeft(minutes: 20, now: Fixtures.now) == 15 * 60)
    }

    @Test func aPointWithoutALengthHoldsTheClockThere() {
        // Begun 07:00: p1, p2 are past, p3 has no length, so the plan says no more.
        let clock = AgendaClock(
            activity: activity(start: ClockTime(hour: 7, minute: 0), date: today), now: Fixtures.now,
            calendar: .swedish)
        #expect(clock.point == 2)
        #expect(clock.secondsLeft(minutes: nil, now: Fixtures.now) == nil)
        #expect(clock.secondsElapsed(now: Fixtures.now) == 90 * 60)
    }

    @Test func anotherDayOrNotYetBegunStartsAtTheFirstPointNow() {
        for activity in [
            activity(start: ClockTime(hour: 8, minute: 0), date: LocalDate("2027-01-16")),
            activity(start: ClockTime(hour: 9, minute: 30), date: today), activity(start: nil, date: today),
        ] {
            let clock = AgendaClock(activity: activity, now: Fixtures.now, calendar: .swedish)
            #expect(clock.point == 0)
            #expect(clock.pointStartedAt == Fixtures.now)
        }
    }

    @Test func overrunIsSaidInWordsAndSign() {
        let s = UIStrings.swedish
        #expect(s.timeLeft(12 * 60 + 5) == "12:05 kvar")
        #expect(s.timeLeft(0) == "0:00 kvar")
        #expect(s.timeLeft(-(3 * 60 + 20)) == "+3:20 över tiden")
        #expect(s.timeLeft(-(3600 + 61)) == "+1:01:01 över tiden")
        #expect(s.timeElapsed(312) == "pågått 5:12")
    }
}

/// The clock on the facilitator's screen moves with `now` alone (the runtime's `clockTicked`), no key needed.
struct MeetingClockViewTests {
    @Test func theTimeLeftCountsDownAndTurnsIntoOverrun() {
        var state = MeetingFixtures.state()
        func screen() -> String { AppView.render(state).buffer.lines.joined(separator: "\n") }
        #expect(screen().contains("25:00 kvar"))
        state.now = Fixtures.now.addingTimeInterval(5)
        _ = update(&state, .clockTicked)
        #expect(screen().contains("24:55 kvar"))
        state.now = Fixtures.now.addingTimeInterval(25 * 60 + 61)
        _ = update(&state, .clockTicked)
        #expect(screen().contains("+1:01 över tiden"))
        #expect(screen().contains("09:26"), "the clock in the title row")
    }
}

import DialogueKit

/// The strings of meeting mode, the facilitator's screen.
extension UIStrings {
    var meetingTitle: String { "Mötesläge" }
    var meetingAgenda: String { "Agenda" }
    var meetingNoAgenda: String { "Ingen agenda – lägg till punkter i aktiviteten." }
    var meetingChecklist: String { "Att bocka av" }
    var meetingNothingToTick: String { "Inget att bocka av." }
    var meetingAttendance: String { "Närvaro" }
    var meetingTotal: String { "Totalt" }
    var meetingInputs: String { "Inspel" }
    var meetingNoInputs: String { "Inga inspel ännu. Skriv på raden nedan och tryck Enter." }
    var meetingCapturePrompt: String { "Inspel ›" }
    var meetingTagPrompt: String { "Tagg ›" }
    var meetingGroupPrompt: String { "Målgrupp ›" }
    var meetingNoCategory: String { "utan kategori" }
    var meetingNoGroup: String { "ingen målgrupp" }
    var meetingNoGroups: String { "Dialogen har inga målgrupper (läggs till i Planering, panelen Målgrupper)." }
    var meetingActivityGone: String { "Aktiviteten finns inte längre i dialogen; Esc lämnar mötesläget." }
    var meetingLeaveUnsaved: String {
        "Det du skrivit på raden är inte sparat: Enter sparar det, Esc igen lämnar mötesläget utan det."
    }
    var meetingInterruptUnsaved: String {
        "Det du skrivit på raden är inte sparat: Enter sparar det, Ctrl-C igen avslutar Ting utan det."
    }
    var meetingCtrlC: String { "avsluta Ting (med text på raden frågar den först)" }
    var meetingNothingToLabel: String { "Inget inspel att ändra ännu: skriv ett och tryck Enter." }
    var meetingMinutes: String { "min" }
    var meetingSignsHeading: String { "Tecknen i mötesläget" }
    var meetingCurrentSign: String { "punkten som pågår" }
    var meetingDoneSign: String { "punkt som är avklarad" }
    var meetingOverSign: String { "så länge punkten dragit över sin tid (\"över tiden\")" }
    var meetingFocusSign: String { "listan som ↑↓ flyttar i (Tab byter)" }
    var meetingNext: String { "sedan" }
    var meetingLeader: String { "leds av" }
    var meetingChooseGroup: String { "Vilken målgrupp hör talaren till? (skriv för att söka)" }
    /// The status row when nothing else is said: what Enter does and where the keys are (fits 60 columns).
    var meetingFallback: String { "Skriv inspelet, tryck Enter: det sparas direkt. F1 hjälp" }

    /// The status row while a tag or target group is chosen for the words on the line, which the prompt hides.
    func meetingWaitingDraft(_ draft: String) -> String { "För inspelet som väntar på raden: ”\(draft)”" }
    var keyCapture: String { "spara" }
    var keyCategory: String { "kategori" }
    var keyTag: String { "tagg" }
    var keyTargetGroup: String { "grupp" }
    var keyAgendaPoint: String { "punkt" }
    var keyAttendance: String { "närvaro" }
    var keyMeetingSide: String { "byt lista" }
    var keyMeetingMove: String { "välj rad" }
    var keyLeaveMeeting: String { "ut" }
    var keyAddTag: String { "lägg till taggen" }

    /// The time left on an agenda point, in words and sign: "12:05 kvar", or "+3:20 över tiden" once it runs over.
    func timeLeft(_ seconds: Int) -> String {
        seconds >= 0 ? "\(Self.clock(seconds)) kvar" : "+\(Self.clock(-seconds)) över tiden"
    }

    /// The rule above an empty capture line: which input F2–F4 change.
    func meetingLastInput(_ id: String) -> String { "F2–F4 ändrar senaste inspelet, \(id)" }

    /// How long a point without a planned length has gone on: "pågått 5:12".
    func timeElapsed(_ seconds: Int) -> String { "pågått \(Self.clock(seconds))" }

    /// Minutes and seconds, `m:ss`, or `h:mm:ss` from an hour.
    static func clock(_ seconds: Int) -> String {
        let s = max(0, seconds)
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return s >= 3600 ? "\(s / 3600):\(two(s / 60 % 60)):\(two(s % 60))" : "\(s / 60):\(two(s % 60))"
    }
}

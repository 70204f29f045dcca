import DialogueKit

/// The strings of the Genomförande panel Aktiviteter: activities as held events, their agenda, run sheet,
/// attendance, minutes, documentation and organisations.
extension UIStrings {
    var panelActivities: String { "Aktiviteter" }
    /// The list's heading, with the dialogue's own name for Genomförande (e.g. Vänersborg's "Genomföra").
    func activitiesHere(_ phaseTitle: String) -> String { "Aktiviteter i \(phaseTitle)" }
    var activitiesElsewhere: String { "i andra faser" }
    var noHeldActivities: String { "Inga aktiviteter ännu. Tryck a för att lägga till en." }
    var columnDate: String { "Datum" }
    var columnTime: String { "Tid" }
    var columnKind: String { "Slag" }
    var columnStatus: String { "Status" }
    var columnActivity: String { "Aktivitet · plats" }
    var newActivityTitle: String { "Ny aktivitet: skriv en titel" }

    // The activity's sections.
    var sectionDetails: String { "Uppgifter" }
    var sectionAgenda: String { "Agenda" }
    var sectionRunSheet: String { "Checklista" }
    var sectionAttendance: String { "Närvaro" }
    var sectionNotes: String { "Anteckningar" }
    var sectionDocumentation: String { "Dokument" }
    var sectionOrganisations: String { "Organisationer" }

    // Uppgifter.
    var fieldKind: String { "Slag" }
    var fieldStart: String { "Start" }
    var fieldEnd: String { "Slut" }
    var fieldStatus: String { "Status" }
    var invalidClockTime: String { "Skriv tiden som TT:MM, till exempel 18:30 (eller 18.30); tomt tar bort den." }
    var endBeforeStart: String { "Sluttiden ligger före starttiden: ändra någon av dem." }
    var chooseKind: String { "Välj slag av aktivitet" }
    var kindFitsMethod: String { "passar vald metod" }
    var kindOwn: String { "eget" }

    // Agenda.
    var agendaPoint: String { "Punkt" }
    var agendaMinutes: String { "Minuter" }
    var agendaLeader: String { "Leds av" }
    var agendaPointForm: String { "Agendapunkt" }
    var newAgendaPoint: String { "Ny agendapunkt" }
    var noAgenda: String { "Ingen agenda ännu. a lägger till en punkt: vad, hur länge, vem leder." }
    var invalidMinutes: String { "Skriv längden i hela minuter, till exempel 15; tomt tar bort den." }
    var confirmRemoveAgendaPoint: String { "Ta bort agendapunkten?" }
    var minutesShort: String { "min" }

    /// The agenda's length beside the activity's, what is left first: "Agendan: 10 min kvar; 110 min av 120 (18.00–20.00)".
    func agendaFits(total: Int, span: Int, times: String) -> String {
        "Agendan: \(span - total) min kvar; \(total) min av \(span) (\(times))"
    }

    /// The agenda longer than the activity, in words and sign, the overrun first so a narrow screen shows it:
    /// "Agendan är 15 min för lång (+15 min): 135 min av 120 (18.00–20.00)".
    func agendaOverruns(total: Int, span: Int, times: String) -> String {
        "Agendan är \(total - span) min för lång (+\(total - span) min): \(total) min av \(span) (\(times))"
    }

    /// The agenda's length when the activity has no start and end to compare it with.
    func agendaTotal(_ total: Int) -> String {
        "Agendan: \(total) min; sätt start och slut under Uppgifter för att jämföra"
    }

    // Checklista (the run sheet).
    var noRunSheet: String {
        "Ingen checklista. Tryck p för Vänersborgs punkter om att möjliggöra delaktighet, eller a för en egen."
    }
    var keyDefaults: String { "lägg till standardpunkterna" }
    var runSheetItem: String { "Punkt" }
    var confirmRemoveRunSheetItem: String { "Ta bort punkten ur checklistan?" }

    /// "3 av 7 klara".
    func runSheetDone(_ done: Int, of total: Int) -> String { "\(done) av \(total) klara" }

    // Närvaro.
    var attendanceTotal: String { "Totalt" }
    var attendanceGroup: String { "Målgrupp" }
    var attendanceAge: String { "Ålder" }
    var attendanceGender: String { "Kön" }
    var attendanceCounted: String { "Räknat" }
    var attendanceCount: String { "Antal" }
    var attendanceNote: String {
        "Deltagare räknas, namnges aldrig. Ålder och kön är frivilliga."
    }
    var invalidCount: String { "Skriv antalet som ett heltal, 0 eller mer; tomt tar bort det." }
    var keyCountUp: String { "räkna upp / ned" }
    var notCounted: String { "–" }

    /// "Målgrupperna: 35 av 42".
    func groupsSum(_ sum: Int, of total: Int?) -> String {
        total.map { "Målgrupperna: \(sum) av \($0)" } ?? "Målgrupperna: \(sum)"
    }

    // Anteckningar, Dokumentation, Organisationer.
    var noNotes: String { "Inga anteckningar. Tryck a och skriv; Enter sparar stycket och börjar nästa." }
    var noDocumentation: String {
        "Ingen dokumentation. Tryck a för en sökväg eller en webbadress: foton, blädderblock, filer."
    }
    var noOrganisations: String { "Inga organisationer. Tryck a för en förening eller organisation som bidrog." }
    var confirmRemoveParagraph: String { "Ta bort stycket ur anteckningarna?" }
    var confirmRemoveLink: String { "Ta bort länken till dokumentationen?" }
    var confirmRemoveOrganisation: String { "Ta bort organisationen?" }

    // Keys.
    var keyOpenActivity: String { "öppna" }
    var keyStatus: String { "status" }
    var keyMeeting: String { "mötesläge" }
    var keySection: String { "byt del" }

    /// What the list says about the selected activity: agenda, run sheet, attendance, the rest.
    func activityDigest(agenda: Int, done: Int, items: Int, attendance: Int?, notes: Int, links: Int) -> String {
        [
            "Agenda: \(count(agenda, "punkt", "punkter"))",
            "Checklista: \(runSheetDone(done, of: items))",
            "Närvaro: \(attendance.map(String.init) ?? "ej räknad")",
            "Anteckningar: \(count(notes, "stycke", "stycken"))",
            "Dokumentation: \(count(links, "länk", "länkar"))",
        ].joined(separator: " · ")
    }
}

/// The strings of an activity's participant contacts (Kontakter), kept apart from inputs.
extension UIStrings {
    var sectionContacts: String { "Kontakter" }
    var contactName: String { "Namn" }
    var contactWay: String { "E-post, telefon eller adress" }
    var contactPurpose: String { "Syfte" }
    var contactRetainUntil: String { "Sparas till" }
    var contactConsent: String { "Samtycke" }
    var consentGiven: String { "ja, deltagaren har samtyckt" }
    var consentMissing: String { "nej" }
    var contactFormTitle: String { "Kontaktuppgifter (hålls skilda från inspelen)" }
    var contactNotSavedYet: String { "Sparas när samtycke, syfte, datum och namn eller kontaktväg finns." }
    var contactSaved: String { "Kontaktuppgifterna är sparade." }
    var contactDiscarded: String { "Inget sparades: kontaktuppgifter sparas bara med samtycke, syfte och datum." }
    var consentWithdrawn: String { "Återkallat samtycke: ta bort kontakten med d." }
    var noContacts: String {
        "Inga kontaktuppgifter. Tryck a för att spara en deltagares, med samtycke, syfte och datum för gallring."
    }
    var confirmRemoveContact: String { "Ta bort kontaktuppgifterna?" }
    var keyPurge: String { "gallra" }

    /// "! 2 kontaktuppgifter har passerat sitt datum: G gallrar dem."
    func contactsPastRetention(_ n: Int) -> String {
        "! \(count(n, "kontaktuppgift", "kontaktuppgifter")) har passerat sitt gallringsdatum: G gallrar"
            + (n == 1 ? " den." : " dem.")
    }

    /// The purge question: "Gallra 2 kontaktuppgifter?".
    func confirmPurge(_ n: Int) -> String { "Gallra \(count(n, "kontaktuppgift", "kontaktuppgifter"))?" }

    /// The purge's outcome: "2 kontaktuppgifter gallrades."
    func purged(_ n: Int) -> String { "\(count(n, "kontaktuppgift", "kontaktuppgifter")) gallrades." }

    /// "Anna Berg · anna@example.se · återkoppling · till 2027-06-30".
    func contactRow(_ contact: ParticipantContact) -> String {
        [contact.name, contact.contact, contact.purpose, "till \(contact.retainUntil)"].filter { !$0.isEmpty }
            .joined(separator: " · ")
    }
}

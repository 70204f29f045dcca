import DialogueKit

/// The strings of the Tidplan panel (phase dates and activities) and its warnings.
extension UIStrings {
    var panelSchedule: String { "Tidplan" }
    var scheduleStart: String { "Start" }
    var scheduleEnd: String { "Slut" }
    var dateNotSet: String { "ej satt" }
    var overdue: String { "! försenad" }
    var activitiesHeading: String { "Aktiviteter" }
    var noActivities: String { "Inga aktiviteter ännu. Tryck a för att lägga till ett möte eller en aktivitet." }
    var newActivity: String { "Ny aktivitet" }
    var activityFormTitle: String { "Aktivitet" }
    var activityTitle: String { "Titel" }
    var activityDate: String { "Datum" }
    var activityPhase: String { "Fas" }
    var activityTime: String { "Tid" }
    var activityPlace: String { "Plats" }
    var activityMethod: String { "Metod" }
    var activityParticipants: String { "Förväntade deltagare" }
    var activityAccessibility: String { "Tillgänglighet" }
    var activityParticipantsSuffix: String { "deltagare" }
    var activityTitleMissing: String { "Skriv en titel på aktiviteten först." }
    var invalidParticipants: String { "Skriv antalet förväntade deltagare som ett heltal, till exempel 30." }
    var confirmDeleteActivity: String { "Ta bort aktiviteten?" }
    var keyAddActivity: String { "ny aktivitet" }
    var keyDate: String { "start / slut" }
    var keyEditSchedule: String { "ändra" }
    var warningsHeading: String { "Varningar" }
}

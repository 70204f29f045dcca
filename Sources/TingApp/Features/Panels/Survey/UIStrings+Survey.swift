/// The strings of the Enkät panel (the participants' own evaluation, entered as counts).
extension UIStrings {
    var panelSurvey: String { "Enkät" }
    var surveyTitle: String { "Deltagarnas utvärdering" }
    var surveyNone: String {
        "Ingen deltagarenkät ännu. Tryck a för att lägga till ett påstående och för sedan in svaren från blanketterna."
    }
    var surveyStatement: String { "Påstående" }
    var surveyTotal: String { "Svar" }
    var surveyAnswers: String { "svar" }
    var surveyChooseStatement: String { "Nytt påstående" }
    var surveyOwnStatement: String { "Skriv ett eget påstående…" }
    var surveyTypeStatement: String { "Påståendet som det står på enkäten" }
    var surveyTypeCount: String { "Antal som svarade" }
    var surveyCountNotNumber: String { "Skriv antalet som ett heltal, till exempel 12." }
    var surveyConfirmDelete: String { "Ta bort påståendet och dess svar?" }
    var keyAddStatement: String { "nytt påstående" }
    var keyEnterCount: String { "skriv antal" }
    var keyCountStep: String { "ett till / ett mindre" }
    var keyOption: String { "svarsalternativ" }
}

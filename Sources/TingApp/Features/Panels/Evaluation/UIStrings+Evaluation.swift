/// The strings of the Analys panel (Utvärdering: the analysis questions beside their evidence).
extension UIStrings {
    var panelEvaluation: String { "Analys" }
    var analysisQuestions: String { "Analysfrågor" }
    var analysisRepresentation: String { "Representation: planerat mot nått" }
    var analysisMarks: String { "Kännetecken på en lyckad dialogprocess (Helsingborg)" }
    var analysisMethods: String { "Metoderna och hur de fungerade" }
    var analysisNoQuestions: String { "Handboken har inga analysfrågor i Utvärdering; underlaget visas ändå nedan." }
    var analysisAnswer: String { "Svar" }
    var analysisUnanswered: String { "– inte besvarad (Enter svarar)" }
    var analysisTicked: String { "[x] avbockad" }
    var analysisNotTicked: String { "[ ] inte avbockad (Space bockar av)" }
    var analysisEvidence: String { "Underlag" }
    var analysisJudgement: String { "Bedömning" }
    var analysisInChecklist: String { "i checklistan" }
    var analysisHowItWorked: String { "Hur det fungerade" }
    var analysisNoNote: String { "– inte beskrivet (Enter skriver)" }
    var analysisUnreached: String { "Inte nådda" }
    var analysisAllReached: String { "Alla målgrupper är nådda." }
    var analysisNoMethods: String { "Inga metoder är valda; välj dem i Planering eller ange metod på aktiviteterna." }
    var analysisColumnPriority: String { "Prio" }
    var analysisColumnGroup: String { "Målgrupp" }
    var analysisColumnPlanned: String { "Planerat" }
    var analysisColumnAttended: String { "Deltagare" }
    var analysisColumnInputs: String { "Inspel" }
    var analysisColumnReached: String { "Nådd" }
    var analysisReachedYes: String { "ja" }
    var analysisReachedNo: String { "NEJ" }
    var analysisNotInChecklist: String { "Bara frågor och steg i checklistan kan besvaras här." }
    var analysisTickWithSpace: String { "Ett steg bockas av med Space." }
    var keyAnswer: String { "svara / skriv" }
    var keyTickStep: String { "bocka av" }
}

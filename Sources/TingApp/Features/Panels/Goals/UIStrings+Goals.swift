/// The strings of the Mål panel (the goal table).
extension UIStrings {
    var panelGoals: String { "Mål" }
    var goalColumnKind: String { "Typ" }
    var goalColumnGoal: String { "Mål" }
    var goalColumnIndicators: String { "Indikatorer" }
    var goalColumnDataCollection: String { "Datainsamling" }
    var goalColumnOutcome: String { "Utfall" }
    var goalColumnFulfilled: String { "Uppfyllt" }
    var noGoals: String { "Inga mål ännu. Tryck a för att lägga till ett mål." }
    var selectedGoal: String { "Valt mål" }
    var goalPositionOf: String { "av" }
    var chooseGoalKind: String { "Välj typ av mål" }
    var confirmDeleteGoal: String { "Ta bort målet?" }
    var keyAddGoal: String { "nytt mål" }
    var keyEditCell: String { "ändra cellen" }
    var keyColumn: String { "kolumn" }
    var keyReorder: String { "flytta upp / ned" }
}

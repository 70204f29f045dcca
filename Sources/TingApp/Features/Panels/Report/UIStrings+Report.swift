/// The strings of the Rapport panel: the summary report's preview and the export prompt.
extension UIStrings {
    var panelReport: String { "Rapport" }
    var reportPreviewTitle: String { "Sammanfattande rapport – förhandsvisning" }
    var keyExport: String { "exportera" }
    var chooseExport: String { "Exportera – välj format" }
    var exportHTML: String { "Rapporten som HTML (webbläsare, utskrift)" }
    var exportMarkdown: String { "Rapporten som Markdown" }
    var exportICS: String { "Tidplanen som iCalendar (kalender)" }
    var exportCSVInputs: String { "Inspelen som CSV (Excel)" }
    var exportCSVGoals: String { "Målen som CSV (Excel)" }
    var exportCSVGroups: String { "Målgrupperna som CSV (Excel)" }
    var exportCSVActivities: String { "Aktiviteterna som CSV (Excel)" }
    var exportJSON: String { "Hela dialogen som JSON" }
    var exportFileName: String { "Spara som" }
    var exportFolderNote: String { "Ett namn utan mapp sparas i mappen där ting startades:" }
    var exportNoFileName: String { "Skriv ett filnamn att exportera till." }
    var exportOverwriteTitle: String { "Filen finns redan" }
    var exportOverwriteQuestion: String { "Skriva över den?" }
    var keyOverwrite: String { "skriv över" }

    /// "Exporterade 12 345 byte till /home/sara/lekplats.html".
    func exported(_ path: String, bytes: Int) -> String { "Exporterade \(bytes) byte till \(path)" }
    /// "Exporten misslyckades: …".
    func exportFailed(_ reason: String) -> String { "Exporten misslyckades: \(reason)" }
}

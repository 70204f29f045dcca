import DialogueKit

/// Every UI string of the application, in one table so that English can follow.
/// Handbook content is not here: it keeps its own words from the dialogue file.
public struct UIStrings: Sendable {
    public var appName = "Ting"
    public var libraryTitle = "Invånardialoger"
    public var openAt = "öppen hos"
    public var openSince = "sedan"
    public var savedWithMerge = "Sparat; ändringar som någon annan sparat under tiden lästes in"
    public var changedOnDisk = "Dialogen ändrades av någon annan och lästes in på nytt"
    public var conflictTitle = "Någon annan ändrade samma sak"
    public var conflictNothingSaved = "Inget har skrivits över. Välj vilket värde som ska gälla:"
    public var keyKeepMine = "behåll ditt värde"
    public var keyTakeTheirs = "ta deras värde"
    /// The conflict's closing line, in the words of its two keys' hints.
    public var conflictKeys: String { "m = \(keyKeepMine) · t = \(keyTakeTheirs)" }
    public var columnTitle = "Dialog"
    public var columnTemplate = "Handbok"
    public var columnPhase = "Fas"
    public var columnProgress = "Klart"
    public var columnGate = "Kontroll"
    public var damaged = "SKADAD"
    public var readOnly = "SKRIVSKYDDAD"
    public var emptyLibrary = "Biblioteket är tomt."
    public var offerExample =
        "Tryck e för att skapa en ifylld exempeldialog från Helsingborgs handbok, eller n för en ny dialog."
    public var newDialogueTitle = "Ny dialog"
    public var chooseTemplate = "Välj handbok (mall):"
    public var typeTitle = "Dialogens namn:"
    public var titleMissing = "Skriv ett namn på dialogen först."
    public var confirmDeleteTitle = "Flytta till papperskorgen?"
    public var confirmDeleteBody = "Filen flyttas till .trash/ i biblioteket och kan återställas därifrån."
    public var confirmExampleTitle = "Skapa exemplet en gång till?"
    public var confirmExampleBody =
        "Biblioteket har redan exempeldialogen. Ett nytt exempel blir en andra, likadan dialog."
    public var keyExampleAgain = "skapa ett till"
    public var yesNo = "y = ja · n eller Esc = nej"
    public var question = "Fråga"
    public var level = "Nivå"
    public var noLevel = "ej vald"
    public var template = "Handbok"
    public var phase = "Fas"
    public var done = "klart"
    public var gateStop = "STOPP"
    public var gateOpenPrefix = "Kontrollfrågor obesvarade"
    public var gatePassed = "Kontrollfrågor: alla ja"
    public var noAnswer = "(inget svar – Enter för att svara)"
    public var spaceDoesNotEdit =
        "Tryck Enter för att skriva ett svar; Mellanslag bockar bara av steg och kontrollfrågor."
    public var noDate = "ÅÅÅÅ-MM-DD"
    public var guidanceTitle = "Vägledning"
    public var noGuidance = "Handboken har ingen vägledning för den här punkten."
    public var helpTitle = "Tangenter"
    public var helpClose = "Tryck valfri tangent för att stänga."
    public var chooseLevelTitle = "Välj inflytandenivå"
    public var notDialogue = "inte dialog"
    public var detailsTitle = "Om dialogen"
    public var fieldTitle = "Namn"
    public var fieldQuestion = "Fråga"
    public var fieldPurpose = "Syfte"
    public var fieldCommittee = "Nämnd"
    public var fieldAdministration = "Förvaltning"
    public var fieldCaseNumber = "Diarienummer"
    public var chooseMethodsTitle = "Välj metoder (Mellanslag väljer, Enter stänger)"
    public var fitsLevel = "passar nivån"
    public var methodUsedFor = "Används till"
    public var methodParticipants = "Deltagare"
    public var methodResources = "Resurser"
    public var methodTime = "Tid"
    public var methodStrengths = "Styrkor"
    public var methods = "Metoder"
    public var noMethods = "inga valda – m för att välja"
    public var roleFilter = "Roll"
    public var panelChecklist = "Checklista"
    public var filterPrompt = "Filter: "
    public var noMatches = "Inga punkter matchar filtret."
    public var noStepsForRole = "Den här fasen har inga steg för rollen"
    public var emptyPhase = "Den här fasen har inga punkter i handboken."
    public var saved = "Sparat"
    public var readOnlyRefusal = "Dialogen är skrivskyddad och kan inte ändras"
    public var invalidDate = "Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2026-03-15."
    public var created = "Skapade"
    public var trashed = "Flyttade till papperskorgen"
    public var exampleTemplateMissing = "Helsingborgs mall saknas, så exemplet kan inte skapas."
    public var tooSmallPrefix = "Fönstret är för litet: Ting behöver minst"
    public var now = "nu"
    public var filesLiveIn = "Filerna sparas i"
    public var file = "fil"
    public var changed = "ändrad"
    public var dialogue = "dialog"
    public var dialogues = "dialoger"
    public var damagedOne = "skadad"
    public var damagedCount = "skadade"

    /// Key labels for the hint line and the help overlay.
    public var keyMove = "flytta"
    public var keyOpen = "öppna"
    public var keyNew = "ny"
    public var keyDelete = "ta bort"
    public var keyExample = "exempel"
    public var keyQuit = "avsluta"
    public var keyHelp = "hjälp"
    public var keyBack = "tillbaka"
    public var keyToggle = "bocka"
    public var keyYesNo = "ja/nej"
    public var keyEdit = "svara"
    public var keyPhase = "fas"
    public var keyNextPhase = "nästa / förra fas"
    public var keyGuidance = "vägledning"
    public var keyDetails = "uppgifter"
    public var keyFilter = "filtrera"
    public var keySave = "spara"
    public var keyCancel = "avbryt"
    public var keyClear = "töm"
    public var keyClearFilter = "töm filtret"
    public var keyChoose = "välj"
    public var keyPage = "sida upp / ned"
    public var keyRole = "visa en rolls steg"
    public var keyMethods = "metoder"
    public var keyPanel = "byt panel"

    /// A count with its word in the right number, e.g. `count(1, "dialog", "dialoger")` is "1 dialog":
    /// every count the UI shows goes through here.
    public func count(_ n: Int, _ one: String, _ other: String) -> String {
        SwedishCount.phrase(n, one: one, other: other)
    }

    /// The mark of an applied filter, e.g. "Filter: datum (1 av 24) · Esc tömmer".
    public func filterMark(_ query: String, shown: Int, of total: Int) -> String {
        "Filter: \(query) (\(shown) av \(total)) · Esc tömmer"
    }

    /// The closing line of a help overlay that scrolls: which keys are shown and how to see the rest.
    public func helpScroll(_ first: Int, _ last: Int, of total: Int) -> String {
        "Rad \(first)–\(last) av \(total): ↓/PgDn visar fler, ↑/PgUp färre, annan tangent stänger."
    }

    /// The Swedish table, the default.
    public static let swedish = UIStrings()
}

import DialogueKit
import Foundation

/// Words of undo and redo, the history view and the trash view.
extension UIStrings {
    public var keyUndo: String { "ångra" }
    public var keyRedo: String { "gör om" }
    public var keyHistory: String { "versioner" }
    public var keyTrash: String { "papperskorg" }
    public var keyRestore: String { "återställ" }
    public var keyClose: String { "stäng" }
    public var undone: String { "Ångrade" }
    public var redone: String { "Gjorde om" }
    public var nothingToUndo: String { "Det finns inget att ångra sedan dialogen öppnades." }
    public var nothingToRedo: String { "Det finns inget att göra om." }
    public var undoReplaced: String {
        "Någon annan har sedan dess ändrat samma värden, så steget kan inte ångras här; "
            + "tryck v för att se versionerna och återställa en av dem."
    }
    public var someChange: String { "en ändring" }
    public var historyTitle: String { "Versioner" }
    public var version: String { "Version" }
    public var historyLoading: String { "Läser versionerna …" }
    public var currentVersion: String { "nuvarande" }
    public var oldestVersion: String { "äldsta sparade versionen" }
    public var noContentChange: String { "inga ändringar i innehållet" }
    public var unknownAuthor: String { "okänd" }
    public var unreadableVersion: String { "går inte att läsa" }
    public var versionUnreadable: String {
        "Den här versionen går inte att läsa och kan inte återställas; välj en annan."
    }
    public var versionIsCurrent: String { "Det här är den nuvarande versionen; välj en äldre för att återställa den." }
    public var confirmRestoreVersion: String { "Återställa version" }
    public var restoreKeepsCurrent: String { "Den nuvarande versionen sparas också, så inget går förlorat." }
    public var restoredVersion: String { "Återställde version" }
    public var trashTitle: String { "Papperskorgen" }
    public var trashLoading: String { "Läser papperskorgen …" }
    public var trashEmpty: String { "Papperskorgen är tom." }
    public var untitled: String { "(går inte att läsa)" }
    public var confirmUntrash: String { "Lägga tillbaka i biblioteket?" }
    public var untrashKeepsOthers: String { "Är namnet taget får den ett ledigt numrerat namn; ingen fil skrivs över." }
    public var untrashed: String { "Lade tillbaka" }
    public var untrashedAs: String { "som" }
    public var deleted: String { "Borttagen" }
    public var wasNamed: String { "hette" }
    public var trashFile: String { "Fil" }

    /// «Återställde version 3 (2025-03-01 10:30, anna)».
    func restoredVersion(_ version: DialogueVersion, in timeZone: TimeZone) -> String {
        "\(restoredVersion) \(version.number) (\(version.savedAt.minuteText(in: timeZone)), "
            + "\(version.author ?? unknownAuthor))"
    }
}

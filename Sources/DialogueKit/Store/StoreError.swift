import TextSafety

/// Why the store refused or failed; each case reads as one Swedish sentence with the file, the place
/// and the fix.
public enum StoreError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The library folder could not be created or opened.
    case cannotUseFolder(path: String, failure: OSFailure)
    /// A name that is not a plain file name inside the library (e.g. "../x", ".hidden", "a/b").
    case invalidName(String)
    /// No file `<stem>.json` in the library.
    case notFound(stem: String, folder: String)
    /// No stem starts with the query.
    case noMatch(query: String, folder: String, available: [String])
    /// More than one stem starts with the query.
    case ambiguous(query: String, candidates: [String])
    /// The file cannot be read as a dialogue.
    case damaged(DamagedFile)
    /// Save refused: the file on disk is damaged and is never overwritten.
    case wouldOverwriteDamaged(DamagedFile)
    /// Save refused: the file (on disk or in memory) has a newer schema than this Ting writes.
    case newerSchema(fileName: String, schema: Int)
    /// Reading the file failed.
    case readFailed(fileName: String, failure: OSFailure)
    /// Writing the file failed; the previous version on disk is unchanged.
    case writeFailed(fileName: String, failure: OSFailure)
    /// Moving the file to the trash failed; it is still in the library.
    case trashFailed(fileName: String, failure: OSFailure)
    /// The dialogue has no version with this number (`ting history` numbers them from 1, the current one).
    case noSuchVersion(stem: String, number: Int, count: Int)
    /// Restoring the version that already is the current one.
    case alreadyCurrent(stem: String)
    /// Nothing in the trash is called that.
    case notInTrash(query: String, available: [String])
    /// More than one dialogue in the trash had that name.
    case ambiguousInTrash(query: String, candidates: [String])
    /// Moving a file back from the trash failed; it is still in the trash.
    case untrashFailed(fileName: String, failure: OSFailure)
    /// Another process held the file's write lock for longer than a save waits.
    case busy(fileName: String, holder: WriterIdentity?, seconds: Int?)
    /// The file was moved or removed by someone else while it was open here.
    case vanished(fileName: String)
    /// Someone else changed the file and the two versions could not be put together as a dialogue.
    case mergeFailed(fileName: String)

    public var description: String {
        switch self {
        case .cannotUseFolder(let path, let failure):
            "Biblioteksmappen '\(path)' går inte att använda (välj en annan med --dir eller TING_DIR): "
                + "\(failure)."
        case .invalidName(let name):
            "'\(SafeText.excerpt(name))' är inget giltigt dialognamn; ange filnamnet utan .json, så som `ting list` visar det."
        case .notFound(let stem, let folder):
            "Det finns ingen dialog '\(stem)' (\(DialogueFileName.fileName(of: stem))) i '\(folder)'; "
                + "`ting list` visar vilka som finns."
        case .noMatch(let query, let folder, let available):
            "Ingen dialog i '\(folder)' börjar med '\(SafeText.excerpt(query))'; "
                + (available.isEmpty
                    ? "biblioteket är tomt, skapa en med `ting new`."
                    : "välj en av: \(Self.list(available)).")
        case .ambiguous(let query, let candidates):
            "'\(SafeText.excerpt(query))' passar flera dialoger; skriv mer av namnet för att välja en av: \(Self.list(candidates))."
        case .damaged(let file):
            file.reason
        case .wouldOverwriteDamaged(let file):
            "Ändringen sparades inte, eftersom Ting aldrig skriver över en fil den inte kan läsa: \(file.reason)"
        case .newerSchema(let fileName, let schema):
            "Ändringen sparades inte: '\(fileName)' är skriven av en nyare version av Ting (schema \(schema)); "
                + "uppdatera Ting för att ändra den."
        case .readFailed(let fileName, let failure):
            "Filen '\(fileName)' gick inte att läsa: \(failure)."
        case .writeFailed(let fileName, let failure):
            "Filen '\(fileName)' gick inte att spara och den förra versionen är orörd: \(failure)."
        case .trashFailed(let fileName, let failure):
            "Filen '\(fileName)' gick inte att flytta till papperskorgen (.trash) och ligger kvar: \(failure)."
        case .noSuchVersion(let stem, let number, let count):
            "'\(stem)' har ingen version \(number); den har \(count) (1 är den nuvarande), "
                + "`ting history \(stem)` visar dem."
        case .alreadyCurrent(let stem):
            "Version 1 är redan den nuvarande versionen av '\(stem)'; välj en äldre med `ting history \(stem)`."
        case .notInTrash(let query, let available):
            "Papperskorgen (.trash) har ingen dialog '\(query)'; "
                + (available.isEmpty ? "den är tom." : "välj en av: \(Self.list(available)).")
        case .ambiguousInTrash(let query, let candidates):
            "'\(query)' har slängts flera gånger; välj en av: \(Self.list(candidates))."
        case .untrashFailed(let fileName, let failure):
            "Filen '\(fileName)' gick inte att flytta tillbaka från papperskorgen (.trash) och ligger kvar där: "
                + "\(failure)."
        case .busy(let fileName, let holder, let seconds):
            "Ändringen sparades inte: '\(fileName)' sparas just nu av "
                + (holder.map { "\($0.name) (process \($0.pid))" } ?? "en annan process")
                + (seconds.flatMap { $0 > 0 ? " sedan \($0) s" : nil } ?? "")
                + "; försök igen om en stund. Hänger det kvar, ta bort låsfilen "
                + "'\(WriteLock.name(for: fileName))' när ingen annan sparar."
        case .vanished(let fileName):
            "Ändringen sparades inte: '\(fileName)' har flyttats eller tagits bort av någon annan; "
                + "`ting list` visar vad som finns, och en borttagen dialog ligger i .trash."
        case .mergeFailed(let fileName):
            "Ändringen sparades inte: någon annan har ändrat '\(fileName)' och de två versionerna går inte "
                + "att förena; öppna dialogen igen och gör ändringen på nytt."
        }
    }

    /// At most ten names, each an excerpt, then how many more.
    private static func list(_ names: [String]) -> String {
        let shown = names.prefix(10).map { SafeText.excerpt($0) }.joined(separator: ", ")
        return names.count > 10 ? "\(shown) och \(names.count - 10) till" : shown
    }
}

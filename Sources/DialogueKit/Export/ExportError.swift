/// Why an export was not written, in one Swedish sentence naming the file and the fix.
public enum ExportError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A file by that name exists, and replacing it was not asked for.
    case fileExists(path: String)
    /// The folder the file would go in does not exist.
    case folderMissing(path: String, folder: String)
    /// The name is a folder or a symbolic link, not a file that could be written.
    case notAFile(path: String)
    /// No file name was given.
    case noFileName
    /// The system refused the write (a full disk, no permission …).
    case writeFailed(path: String, failure: OSFailure)

    public var description: String {
        switch self {
        case .fileExists(let path):
            "\(path) finns redan och lämnades orörd; välj ett annat filnamn, eller välj att ersätta filen."
        case .folderMissing(let path, let folder):
            "Mappen \(folder) finns inte, så \(path) kunde inte skrivas; skapa mappen först eller välj en annan."
        case .notAFile(let path):
            "\(path) är en mapp eller en symbolisk länk, inte en fil; välj ett annat filnamn."
        case .noFileName:
            "Inget filnamn angavs; ange filen att skriva, till exempel rapport.html."
        case .writeFailed(let path, let failure):
            "\(path) kunde inte skrivas: \(failure)."
        }
    }
}

import Foundation

/// What a dialogue file holds, as far as this version of Ting can tell.
enum DialogueFileContent: Equatable, Sendable {
    /// A dialogue; `newerSchema` is set when a newer Ting wrote it, which makes it read-only.
    case readable(Dialogue, newerSchema: Int?)
    case damaged(DamagedFile)

    /// Decodes the bytes of the file `fileName`.
    init(data: Data, fileName: String) {
        var journal: String?
        self.init(data: data, fileName: fileName, journal: &journal)
    }

    /// Decodes the bytes of the file `fileName`, and the name of the inputs journal it points to.
    init(data: Data, fileName: String, journal: inout String?) {
        do {
            let (dialogue, pointer) = try DialogueCoding.decodeDialogueFile(from: data)
            journal = pointer
            let isNewer = dialogue.schemaVersion > Dialogue.currentSchemaVersion
            self = .readable(dialogue, newerSchema: isNewer ? dialogue.schemaVersion : nil)
        } catch {
            if let version = DialogueCoding.schemaVersion(in: data), version > Dialogue.currentSchemaVersion {
                let file = DamagedFile(
                    fileName: fileName, place: "schemaVersion",
                    problem: "den är skriven av en nyare version av Ting (schema \(version))",
                    fix: "uppdatera Ting för att öppna den")
                self = .damaged(file)
            } else {
                self = .damaged(DamagedFile(fileName: fileName, problem: DecodingProblem(error, in: data)))
            }
        }
    }

    /// Why a file written by a newer Ting is read-only, as one sentence.
    static func readOnlyReason(fileName: String, schema: Int) -> String {
        "Filen '\(fileName)' är skriven av en nyare version av Ting (schema \(schema)); "
            + "uppdatera Ting för att ändra den."
    }

    /// The summary for the library, or the damaged file.
    func libraryEntry(stem: String) -> LibraryEntry {
        switch self {
        case .readable(let dialogue, let newerSchema):
            .dialogue(DialogueSummary(stem: stem, dialogue: dialogue, isReadOnly: newerSchema != nil))
        case .damaged(let file):
            .damaged(file)
        }
    }
}

import ArgumentParser
import DialogueKit
import Foundation

/// The library and the dialogue a command works on: `[--dir PATH] DIALOGUE`.
struct DialogueArguments: ParsableArguments {
    @OptionGroup var library: LibraryOptions

    @Argument(help: "Dialogens filnamn utan .json, eller en entydig början av det.")
    var dialogue: String

    /// Opens the store and loads the named dialogue.
    func load() throws -> (DialogueStore, LoadedDialogue) {
        let store = try library.openStore()
        do {
            let stem = try store.resolve(dialogue)
            return (store, try store.load(stem))
        } catch {
            throw CLIError(error.description)
        }
    }

    /// Loads the dialogue, applies the edit `makeEdit` gives for the item and saves it as `change` does.
    /// Returns the dialogue as saved.
    func edit(item: String, _ makeEdit: (ChecklistItem, Dialogue) throws -> ItemEdit) throws -> Dialogue {
        try change { dialogue, now in
            guard let found = dialogue.item(item) else { throw DialogueError.noSuchItem(item) }
            let edit = try makeEdit(found, dialogue)
            try dialogue.apply(edit, to: item, by: Environment.actor, at: now)
        }.saved
    }

    /// Loads the dialogue, lets `makeChange` change it (at `now`) and saves it atomically over the version loaded: a change someone else saved meanwhile
    /// is merged in; when they changed the same value, nothing is written and the error names both
    /// values. Returns what `makeChange` returned and the dialogue as saved, merged or not.
    func change<Value>(
        _ makeChange: (inout Dialogue, Date) throws -> Value
    ) throws -> (result: Value, saved: Dialogue) {
        let (store, loaded) = try load()
        if loaded.isReadOnly {
            throw CLIError("\(loaded.stem).json är skrivskyddad: \(loaded.readOnlyReason ?? "den kan inte ändras").")
        }
        guard let version = loaded.version else { throw CLIError("\(loaded.stem).json kunde inte läsas om.") }
        var dialogue = loaded.dialogue
        do {
            let result = try makeChange(&dialogue, .now)
            switch try store.save(dialogue, as: loaded.stem, over: version) {
            case .written: return (result, dialogue)
            case .merged(let merged, _): return (result, merged)
            case .conflicted(let conflict):
                throw CLIError(
                    "Ändringen sparades inte i \(loaded.stem).json: \(conflict.description) "
                        + "Filen är orörd; kör kommandot igen om ditt värde ska gälla.")
            }
        } catch let error as DialogueError {
            throw CLIError(error.description)
        } catch let error as StoreError {
            throw CLIError(error.description)
        }
    }
}

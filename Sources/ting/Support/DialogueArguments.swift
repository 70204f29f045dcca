import ArgumentParser
import DialogueKit

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

    /// Loads the dialogue, applies one edit and saves it atomically.
    func edit(_ edit: ItemEdit, item: String) throws -> Dialogue {
        let (store, loaded) = try load()
        if loaded.isReadOnly {
            throw CLIError("\(loaded.stem).json är skrivskyddad: \(loaded.readOnlyReason ?? "den kan inte ändras").")
        }
        var dialogue = loaded.dialogue
        do {
            try dialogue.apply(edit, to: item, by: Environment.actor, at: .now)
            try store.save(dialogue, as: loaded.stem)
        } catch let error as DialogueError {
            throw CLIError(error.description)
        } catch {
            throw CLIError("\(error)")
        }
        return dialogue
    }
}

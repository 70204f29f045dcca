import ArgumentParser
import DialogueKit

/// `ting tick`: marks a step done (or not, with --undo).
struct TickCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tick", abstract: "Bocka av ett steg (eller ångra med --undo).")

    @OptionGroup var target: DialogueArguments

    @Argument(help: "Punktens id (se `ting show`).")
    var item: String

    @Flag(name: .long, help: "Ta bort bocken i stället.")
    var undo = false

    func run() throws {
        _ = try target.edit(item: item) { _, _ in .done(!undo) }
        Output.print("\(undo ? "[ ]" : "[x]") \(item)")
    }
}

import ArgumentParser

/// `ting decision`: the decisions register (beslut) that responses link to.
struct DecisionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "decision", abstract: "Lägg till och lista beslut (nämnd, datum, §, diarienummer).",
        subcommands: [DecisionAddCommand.self, DecisionListCommand.self])
}

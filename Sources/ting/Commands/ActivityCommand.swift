import ArgumentParser

/// `ting activity`: the dialogue's activities (meetings, workshops, walks, surveys).
struct ActivityCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "activity", abstract: "Lista och lägg till dialogens aktiviteter.",
        subcommands: [ActivityListCommand.self, ActivityAddCommand.self])
}

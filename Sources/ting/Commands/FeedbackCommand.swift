import ArgumentParser

/// `ting feedback`: feedback rounds (återkoppling) to the participants, all residents and the decision-makers.
struct FeedbackCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "feedback", abstract: "Planera, lista och markera återkoppling som skickad.",
        subcommands: [FeedbackListCommand.self, FeedbackAddCommand.self, FeedbackSentCommand.self])
}

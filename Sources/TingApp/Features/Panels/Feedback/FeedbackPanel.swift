import DialogueKit
import TerminalKit

extension PanelID {
    /// The Återkoppling panel of Återkoppling: the feedback rounds.
    public static let feedback = PanelID("feedback")
}

/// The Återkoppling panel: the dialogue's feedback rounds (audience, planned date, channels, sent date and by
/// whom), each with its text drafted from the data and edited before it is marked sent; the chosen level's
/// promise checked above them.
struct FeedbackPanel: Panel {
    static let id = PanelID.feedback
    static var title: String { UIStrings.swedish.panelFeedback }

    /// The selected round, in the dialogue's order of rounds.
    var selection = ListSelection()
    var mode: FeedbackPanelMode = .browsing
    /// The checks above the rounds, made once per change (nil until the panel is first used).
    private(set) var checks: FeedbackChecks?

    init() {}

    var isBrowsing: Bool { mode == .browsing }

    /// The round under the selection.
    func selectedRound(in dialogue: Dialogue) -> FeedbackRound? {
        let rounds = dialogue.followUp.feedbackRounds
        return rounds.indices.contains(selection.selected) ? rounds[selection.selected] : nil
    }

    /// The checks for `dialogue` on `today`: the ones kept while still current, else made now (a frame drawn
    /// before the panel heard of a change is still right, only slower).
    func currentChecks(for dialogue: Dialogue, today: LocalDate) -> FeedbackChecks {
        if let checks, checks.isCurrent(for: dialogue, today: today) { return checks }
        return FeedbackChecks(dialogue, today: today)
    }

    /// Makes the checks again when the dialogue or the day changed, and keeps the selection on a round.
    mutating func refresh(_ dialogue: Dialogue, today: LocalDate) {
        checks = currentChecks(for: dialogue, today: today)
        selection.clamp(count: dialogue.followUp.feedbackRounds.count)
    }

    mutating func dialogueChanged(_ dialogue: Dialogue) {
        if let today = checks?.today { refresh(dialogue, today: today) }
        selection.clamp(count: dialogue.followUp.feedbackRounds.count)
        // A question or a choice about a round another writer removed is left; words being written never are.
        switch mode {
        case .dating(_, let id, _), .confirmingDraft(let id), .confirmingRemoval(let id):
            if dialogue.feedbackRound(id: id) == nil { mode = .browsing }
        case .choosingChannels(let choice):
            if dialogue.feedbackRound(id: choice.roundID) == nil { mode = .browsing }
        case .browsing, .choosingAudience, .writing: break
        }
    }

    /// The layout of the panel's parts in `area` for `dialogue`.
    func layout(_ context: PanelContext) -> FeedbackPanelLayout {
        FeedbackPanelLayout(
            area: context.area, checks: currentChecks(for: context.dialogue, today: context.today).lines,
            rounds: context.dialogue.followUp.feedbackRounds.count)
    }

    /// "deltagarna (a1)": how a round is named in titles and sentences.
    static func name(of round: FeedbackRound, in dialogue: Dialogue) -> String {
        let audience = dialogue.feedbackAudience(id: round.audience)?.name ?? round.audience
        return UIStrings.swedish.feedbackRoundName(audience.lowercased(), id: round.id)
    }
}

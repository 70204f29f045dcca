import DialogueKit
import TerminalKit

/// Choosing a feedback round's channels: the channels offered (the target groups' first, then Vänersborg's
/// list, then any others the round already has), which are chosen, and a last row for typing another.
struct ChannelChoice: Equatable, Sendable {
    /// The round whose channels these are.
    let roundID: String
    /// The channels offered, in the order shown.
    private(set) var channels: [String]
    /// The channels chosen, in lower case (channels are the same whatever their case).
    private(set) var chosen: Set<String>
    var selection = ListSelection()
    /// Another channel being typed, on the last row.
    var typing: TextEditor?

    /// The choice for `round`, offering `suggested` and then the round's own channels not among them.
    init(round: FeedbackRound, suggested: [String]) {
        roundID = round.id
        let offered = Set(suggested.map { $0.lowercased() })
        channels = suggested + round.channels.filter { !offered.contains($0.lowercased()) }
        chosen = Set(round.channels.map { $0.lowercased() })
    }

    /// The rows: one per channel, and the last for typing another.
    var rowCount: Int { channels.count + 1 }

    /// Whether the selection is on the last row, where another channel is typed.
    var isOnOtherRow: Bool { selection.selected == channels.count }

    /// Whether `channel` is chosen.
    func isChosen(_ channel: String) -> Bool { chosen.contains(channel.lowercased()) }

    /// The chosen channels in the order offered.
    var result: [String] { channels.filter(isChosen) }

    /// Chooses the selected channel, or takes it away again.
    mutating func toggleSelected() {
        guard channels.indices.contains(selection.selected) else { return }
        let key = channels[selection.selected].lowercased()
        if chosen.remove(key) == nil { chosen.insert(key) }
    }

    /// Adds the channel typed (chosen), or chooses it where it is already offered; stops typing.
    mutating func addTyped() {
        defer { typing = nil }
        guard let text = typing?.text.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return }
        if let index = channels.firstIndex(where: { $0.lowercased() == text.lowercased() }) {
            selection.selected = index
        } else {
            channels.append(text)
            selection.selected = channels.count - 1
        }
        chosen.insert(text.lowercased())
    }
}

import DialogueKit

/// A row of the Publicering panel's list: a moment's heading, one of its texts, or the gap between moments.
enum PublicationRow: Equatable {
    case heading(PublicationMoment)
    /// The entry at this index of `PublicationEntry.all`.
    case entry(Int)
    case gap
}

import DialogueKit
import TerminalKit

/// The library screen: the listed entries, the selection and any open form.
public struct LibraryState: Sendable {
    public var entries: [LibraryEntry] = []
    /// False until the first listing arrives, so an empty library is not offered an example too early.
    public var isListed = false
    public var selected = 0
    public var scroll = 0
    public var mode: LibraryMode = .browsing
    /// Who else has a dialogue open, by stem.
    public var openElsewhere: [String: OpenElsewhere] = [:]

    public init() {}

    /// The entry under the selection, if any.
    public var selectedEntry: LibraryEntry? {
        entries.indices.contains(selected) ? entries[selected] : nil
    }
}

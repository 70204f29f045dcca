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
    /// The stem to select once the next listing has it, e.g. a dialogue just put back from the trash.
    public var pendingSelection: String?
    /// Who else has a dialogue open, by stem.
    public var openElsewhere: [String: OpenElsewhere] = [:]

    public init() {}

    /// Selects the entry `pendingSelection` names, if the list has it, and forgets it.
    mutating func selectPending() {
        guard let stem = pendingSelection else { return }
        pendingSelection = nil
        if let index = entries.firstIndex(where: { $0.stem == stem }) { selected = index }
    }

    /// The entry under the selection, if any.
    public var selectedEntry: LibraryEntry? {
        entries.indices.contains(selected) ? entries[selected] : nil
    }

    /// Whether the library already holds the example dialogue (by its title).
    var hasExample: Bool {
        entries.contains { entry in
            if case .dialogue(let summary) = entry { summary.title == ExampleDialogue.title } else { false }
        }
    }
}

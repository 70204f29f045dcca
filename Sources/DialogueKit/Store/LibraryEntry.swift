/// One file in the library: a dialogue Ting can read, or a damaged file.
public enum LibraryEntry: Equatable, Sendable {
    case dialogue(DialogueSummary)
    case damaged(DamagedFile)

    /// The file name without `.json`: how `ting` commands name the file.
    public var stem: String {
        switch self {
        case .dialogue(let summary): summary.stem
        case .damaged(let file): file.stem
        }
    }

    /// The title to show and sort by; a damaged file shows its file name.
    public var title: String {
        switch self {
        case .dialogue(let summary): summary.title
        case .damaged(let file): file.fileName
        }
    }
}

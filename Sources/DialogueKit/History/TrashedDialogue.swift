import Foundation

/// A dialogue file in the library's trash (`.trash/<stem>-<UTC time>.json`), as `ting trash list` shows it.
public struct TrashedDialogue: Equatable, Sendable {
    /// The name in the trash without `.json`, e.g. `parken-20250301T093000Z`: how `ting trash restore` names it.
    public let name: String
    /// The stem the dialogue had in the library, e.g. `parken`.
    public let originalStem: String
    /// When it was moved to the trash.
    public let deletedAt: Date
    /// The dialogue's title; nil when the file cannot be read.
    public let title: String?

    public init(name: String, originalStem: String, deletedAt: Date, title: String?) {
        self.name = name
        self.originalStem = originalStem
        self.deletedAt = deletedAt
        self.title = title
    }
}

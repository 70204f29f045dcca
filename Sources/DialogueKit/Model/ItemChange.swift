import Foundation

/// Who last changed an item, and when.
public struct ItemChange: Codable, Equatable, Sendable {
    public var by: String
    public var at: Date

    public init(by: String, at: Date) {
        self.by = by
        self.at = at
    }
}

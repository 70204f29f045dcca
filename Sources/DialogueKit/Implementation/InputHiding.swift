import Foundation

/// Why an input is hidden from the register, by whom and when. Hiding never deletes: the input stays
/// in the file and is shown again by taking the hiding away.
public struct InputHiding: Codable, Equatable, Sendable {
    public var reason: String
    public var by: String
    public var at: Date

    public init(reason: String, by: String, at: Date) {
        self.reason = reason
        self.by = by
        self.at = at
    }
}

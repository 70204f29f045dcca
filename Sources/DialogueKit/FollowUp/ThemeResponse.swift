/// The response to a theme (a tag): it answers every input tagged with it that has no response of its own.
public struct ThemeResponse: Codable, Equatable, Sendable, Identifiable {
    /// The tag, exactly as the inputs carry it; it is the id, so two writers answering one theme merge.
    public var id: String
    public var response: Response

    public init(tag: String, response: Response) {
        self.id = tag
        self.response = response
    }

    /// The tag answered.
    public var tag: String { id }
}

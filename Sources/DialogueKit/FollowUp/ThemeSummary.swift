/// One theme (tag) of a dialogue's visible inputs: how many carry it and the response given to it, if any.
public struct ThemeSummary: Equatable, Sendable {
    public var tag: String
    /// Visible inputs carrying the tag.
    public var inputCount: Int
    /// The theme's response (`ThemeResponse.response`), nil while the theme has none.
    public var response: Response?

    public init(tag: String, inputCount: Int, response: Response?) {
        self.tag = tag
        self.inputCount = inputCount
        self.response = response
    }
}

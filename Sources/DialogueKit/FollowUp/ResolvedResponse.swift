/// The response that applies to an input, and where it comes from: the input's own, its original's (for a
/// duplicate), or the response to one of its themes.
public struct ResolvedResponse: Equatable, Sendable {
    /// Where a resolved response was given.
    public enum Source: Equatable, Sendable {
        /// On the input itself.
        case own
        /// On the input this one is a duplicate of.
        case original(inputID: String)
        /// On a theme (tag) the input carries.
        case theme(tag: String)
    }

    public var response: Response
    public var source: Source

    public init(response: Response, source: Source) {
        self.response = response
        self.source = source
    }
}

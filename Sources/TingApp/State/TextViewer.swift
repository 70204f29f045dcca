/// A long text shown whole in a scrolling overlay: the STOPP banner, an item's guidance, a quadrant's
/// advice. Nothing the handbook says is ever out of reach because a box on screen is too small.
public struct TextViewer: Equatable, Sendable {
    public var title: String
    public var text: String
    /// The first wrapped line shown.
    public var scroll = 0

    public init(title: String, text: String) {
        self.title = title
        self.text = text
    }
}

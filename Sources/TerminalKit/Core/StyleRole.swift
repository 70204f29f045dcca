/// What a piece of text is, in the UI's terms; a theme gives each role its colours.
/// Views name roles, never colours, so every theme (monochrome too) can serve.
public enum StyleRole: String, CaseIterable, Sendable, Hashable {
    case normal
    case muted
    case title
    case header
    case tabActive
    case tabInactive
    case selection
    case checked
    case success
    case warning
    case danger
    case hint
    case key
    case border
    case field
    case overlay
}

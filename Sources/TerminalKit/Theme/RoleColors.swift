/// How a theme draws one `StyleRole`: foreground, background and attributes.
public struct RoleColors: Hashable, Sendable {
    public var fg: ThemeColor
    public var bg: ThemeColor
    public var bold: Bool
    public var underline: Bool
    public var reverse: Bool

    public init(
        fg: ThemeColor = .terminalDefault, bg: ThemeColor = .terminalDefault,
        bold: Bool = false, underline: Bool = false, reverse: Bool = false
    ) {
        self.fg = fg
        self.bg = bg
        self.bold = bold
        self.underline = underline
        self.reverse = reverse
    }

    /// True when neither foreground nor background sets a colour.
    public var hasNoColor: Bool { fg == .terminalDefault && bg == .terminalDefault }
}

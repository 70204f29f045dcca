extension ThemeColor {
    /// Reads a colour as written in a theme file's `[palette]`: "default", an ANSI name
    /// ("red", "bright-white"), "#rrggbb" (nearest xterm-256 colour) or a number 0–255 as text.
    public init?(themeText text: String) {
        let lowered = text.lowercased()
        if lowered == "default" {
            self = .terminalDefault
        } else if let ansi = XTermPalette.ansiNames.firstIndex(of: lowered) {
            self = .index(UInt8(ansi))
        } else if let number = Int(text) {
            self.init(themeNumber: number)
        } else if lowered.hasPrefix("#"), lowered.count == 7,
            lowered.dropFirst().allSatisfy(\.isHexDigit), let rgb = Int(lowered.dropFirst(), radix: 16)
        {
            self = .index(
                XTermPalette.nearest(red: rgb >> 16 & 0xFF, green: rgb >> 8 & 0xFF, blue: rgb & 0xFF))
        } else {
            return nil
        }
    }

    /// An xterm-256 index written as a number; nil outside 0–255.
    public init?(themeNumber number: Int) {
        guard let index = UInt8(exactly: number) else { return nil }
        self = .index(index)
    }
}

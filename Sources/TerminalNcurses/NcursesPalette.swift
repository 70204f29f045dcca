import CNcurses
import TerminalKit

/// The curses attributes and colour pair for each style, made from a theme once at start.
struct NcursesPalette {
    private var roleAttributes: [StyleRole: attr_t] = [:]
    private var rolePairs: [StyleRole: Int16] = [:]

    /// Sets up one colour pair per role, unless the theme is monochrome or the terminal has no
    /// colours; 256-colour indices are reduced when the terminal has only 16 or 8.
    init(theme: Theme) {
        let useColor = !theme.isMonochrome && has_colors()
        var colorCount = 0
        var defaultsWork = false
        if useColor {
            start_color()
            defaultsWork = use_default_colors() == ting_ok()
            colorCount = Int(ting_colors())
        }
        for (index, role) in StyleRole.allCases.enumerated() {
            let look = theme[role]
            roleAttributes[role] = Self.attributes(
                bold: look.bold, underline: look.underline, reverse: look.reverse)
            let pair = index + 1
            guard useColor, colorCount >= 8, pair < Int(ting_color_pairs()) else { continue }
            let fg = Self.cursesColor(look.fg, colorCount: colorCount, defaultsWork: defaultsWork, standIn: 7)
            let bg = Self.cursesColor(look.bg, colorCount: colorCount, defaultsWork: defaultsWork, standIn: 0)
            init_pair(Int16(pair), fg, bg)
            rolePairs[role] = Int16(pair)
        }
    }

    /// The attributes (the theme's for the role, plus the style's own) and the colour pair of a style.
    func attributes(for style: Style) -> (attr_t, Int16) {
        let own = Self.attributes(bold: style.bold, underline: style.underline, reverse: style.reverse)
        return ((roleAttributes[style.role] ?? ting_a_normal()) | own, rolePairs[style.role] ?? 0)
    }

    private static func attributes(bold: Bool, underline: Bool, reverse: Bool) -> attr_t {
        var attributes = ting_a_normal()
        if bold { attributes |= ting_a_bold() }
        if underline { attributes |= ting_a_underline() }
        if reverse { attributes |= ting_a_reverse() }
        return attributes
    }

    /// A curses colour number. The terminal's default is -1 where `use_default_colors` worked,
    /// else `standIn` (white text, black background).
    private static func cursesColor(_ color: ThemeColor, colorCount: Int, defaultsWork: Bool, standIn: Int16)
        -> Int16
    {
        guard case .index(let index) = color, let reduced = XTermPalette.reduced(index, toColors: colorCount)
        else { return defaultsWork ? -1 : standIn }
        return Int16(reduced)
    }
}

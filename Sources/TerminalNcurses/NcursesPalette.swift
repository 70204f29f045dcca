import CNcurses
import TerminalKit

/// The curses attributes and colour pair for each style, made from a theme once at start.
struct NcursesPalette {
    private var roleAttributes: [StyleRole: attr_t] = [:]
    private var rolePairs: [StyleRole: Int16] = [:]

    /// Sets up one colour pair per role, unless the theme is monochrome or the terminal has no
    /// colours; 256-colour indices are reduced when the terminal has only 16 or 8.
    init(theme: Theme) {
        let useColour = !theme.isMonochrome && has_colors()
        var colours = 0
        var defaultsWork = false
        if useColour {
            start_color()
            defaultsWork = use_default_colors() == ting_ok()
            colours = Int(ting_colors())
        }
        for (index, role) in StyleRole.allCases.enumerated() {
            let colors = theme[role]
            var attributes = ting_a_normal()
            if colors.bold { attributes |= ting_a_bold() }
            if colors.underline { attributes |= ting_a_underline() }
            if colors.reverse { attributes |= ting_a_reverse() }
            roleAttributes[role] = attributes
            let pair = index + 1
            guard useColour, colours >= 8, pair < Int(ting_color_pairs()) else { continue }
            let fg = Self.curses(colors.fg, colours: colours, defaultsWork: defaultsWork, fallback: 7)
            let bg = Self.curses(colors.bg, colours: colours, defaultsWork: defaultsWork, fallback: 0)
            init_pair(Int16(pair), fg, bg)
            rolePairs[role] = Int16(pair)
        }
    }

    /// The attributes (the theme's for the role, plus the style's own) and the colour pair of a style.
    func attributes(for style: Style) -> (attr_t, Int16) {
        var attributes = roleAttributes[style.role] ?? ting_a_normal()
        if style.bold { attributes |= ting_a_bold() }
        if style.underline { attributes |= ting_a_underline() }
        if style.reverse { attributes |= ting_a_reverse() }
        return (attributes, rolePairs[style.role] ?? 0)
    }

    /// A curses colour number: -1 is the terminal's default where `use_default_colors` worked.
    private static func curses(_ colour: ThemeColor, colours: Int, defaultsWork: Bool, fallback: Int16) -> Int16 {
        let standIn: Int16 = defaultsWork ? -1 : fallback
        guard case .index(let index) = colour, let reduced = XTermPalette.reduced(index, toColors: colours) else {
            return standIn
        }
        return Int16(reduced)
    }
}

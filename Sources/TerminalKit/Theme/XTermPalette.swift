/// The xterm-256 colour table: finding the index nearest an RGB colour, and reducing
/// an index for terminals that have only 16 or 8 colours.
public enum XTermPalette {
    /// The 16 ANSI colour names a theme may use, in index order.
    public static let ansiNames = [
        "black", "red", "green", "yellow", "blue", "magenta", "cyan", "white",
        "bright-black", "bright-red", "bright-green", "bright-yellow",
        "bright-blue", "bright-magenta", "bright-cyan", "bright-white",
    ]

    /// The RGB value xterm shows for an index by default.
    public static func rgb(of index: UInt8) -> (red: Int, green: Int, blue: Int) {
        let i = Int(index)
        if i < 16 { return ansiRGB[i] }
        if i >= 232 {
            let level = 8 + 10 * (i - 232)
            return (level, level, level)
        }
        let cube = i - 16
        return (cubeLevels[cube / 36], cubeLevels[cube / 6 % 6], cubeLevels[cube % 6])
    }

    /// The index among 16–255 closest to an RGB colour. The 16 ANSI colours are left out
    /// on purpose: terminals let users redefine them, so "#rrggbb" would not mean what it says.
    public static func nearest(red: Int, green: Int, blue: Int) -> UInt8 {
        nearest(red: red, green: green, blue: blue, among: 16...255)
    }

    /// The index to use on a terminal with `colors` colours, or nil when it has fewer than 8.
    public static func reduced(_ index: UInt8, toColors colors: Int) -> Int? {
        if colors >= 256 { return Int(index) }
        if colors < 8 { return nil }
        var ansi = index
        if index >= 16 {
            let c = rgb(of: index)
            ansi = nearest(red: c.red, green: c.green, blue: c.blue, among: 0...15)
        }
        if colors >= 16 { return Int(ansi) }
        return Int(ansi % 8)
    }

    private static func nearest(red: Int, green: Int, blue: Int, among range: ClosedRange<UInt8>) -> UInt8 {
        var best = range.lowerBound
        var bestDistance = Int.max
        for i in range {
            let c = rgb(of: i)
            let distance = square(c.red - red) + square(c.green - green) + square(c.blue - blue)
            if distance < bestDistance {
                best = i
                bestDistance = distance
            }
        }
        return best
    }

    private static func square(_ v: Int) -> Int { v * v }

    private static let cubeLevels = [0, 95, 135, 175, 215, 255]

    private static let ansiRGB: [(red: Int, green: Int, blue: Int)] = [
        (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0),
        (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
        (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0),
        (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
    ]
}

import TextSafety

/// A frame of cells that views draw into; the terminal shows it.
public struct ScreenBuffer: Equatable, Sendable {
    public private(set) var size: Size
    private var cells: [Cell]

    public init(size: Size) {
        self.size = size
        self.cells = Array(repeating: .blank, count: size.width * size.height)
    }

    /// The cell at a position; blank outside the buffer.
    public subscript(x: Int, y: Int) -> Cell {
        get {
            guard x >= 0, y >= 0, x < size.width, y < size.height else { return .blank }
            return cells[y * size.width + x]
        }
        set {
            guard x >= 0, y >= 0, x < size.width, y < size.height else { return }
            cells[y * size.width + x] = newValue
        }
    }

    /// Writes text from a point, clipped to `clip` (default: the whole buffer),
    /// cleaning control characters. Returns the number of columns written.
    @discardableResult
    public mutating func write(_ text: String, at point: Point, style: Style = .normal, clip: Rect? = nil)
        -> Int
    {
        let bounds = clip ?? Rect(size)
        guard point.y >= bounds.y, point.y < bounds.maxY else { return 0 }
        var x = point.x
        for g in SafeText.clean(text) {
            let w = DisplayWidth.of(g)
            if w == 0 { continue }
            if x + w > bounds.maxX { break }
            if x >= bounds.x {
                self[x, point.y] = Cell(g, width: UInt8(w), style: style)
                if w == 2 { self[x + 1, point.y] = Cell(" ", width: 0, style: style) }
            }
            x += w
        }
        return max(0, x - point.x)
    }

    /// Fills a rectangle with blanks of a style.
    public mutating func fill(_ rect: Rect, style: Style = .normal) {
        let r = rect.clipped(to: size)
        for y in r.y..<r.maxY {
            for x in r.x..<r.maxX { self[x, y] = Cell(" ", width: 1, style: style) }
        }
    }

    /// Changes the style of cells in a rectangle, keeping their characters.
    public mutating func restyle(_ rect: Rect, style: Style) {
        let r = rect.clipped(to: size)
        for y in r.y..<r.maxY {
            for x in r.x..<r.maxX { self[x, y].style = style }
        }
    }

    /// The text of each row, trailing spaces kept; for golden tests.
    public var lines: [String] {
        (0..<size.height).map { y in
            var line = ""
            for x in 0..<size.width {
                let c = self[x, y]
                if c.width > 0 { line.append(c.grapheme) }
            }
            return line
        }
    }
}

extension Rect {
    /// This rectangle cut to a screen of the given size.
    public func clipped(to size: Size) -> Rect {
        let x0 = max(0, x)
        let y0 = max(0, y)
        let x1 = min(size.width, maxX)
        let y1 = min(size.height, maxY)
        return Rect(x: x0, y: y0, width: x1 - x0, height: y1 - y0)
    }
}

/// One screen cell. A wide character fills its cell and marks the next one as
/// its continuation (`width == 0`), so every row keeps exactly its columns.
public struct Cell: Equatable, Sendable {
    public var grapheme: Character
    /// Display columns: 1 or 2, or 0 for the right half of a wide character.
    public var width: UInt8
    public var style: Style

    public init(_ grapheme: Character = " ", width: UInt8 = 1, style: Style = .normal) {
        self.grapheme = grapheme
        self.width = width
        self.style = style
    }

    public static let blank = Cell()
}

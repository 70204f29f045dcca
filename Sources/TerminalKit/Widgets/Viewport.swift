/// Scrolling for lists taller than their space: which row to show first.
public enum Viewport {
    /// The first visible row so that `selected` is visible in `height` rows, scrolling as little
    /// as possible from `previous` and never past the end of the list.
    public static func offset(selected: Int, count: Int, height: Int, previous: Int) -> Int {
        guard count > 0, height > 0 else { return 0 }
        let selected = min(max(0, selected), count - 1)
        var offset = min(max(0, previous), max(0, count - height))
        if selected < offset { offset = selected }
        if selected >= offset + height { offset = selected - height + 1 }
        return offset
    }
}

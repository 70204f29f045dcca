/// What a key in a pick list asks for.
public enum PickListAction<Entry> {
    case none
    /// Leave the list.
    case close
    /// Act on this entry: the user said yes.
    case choose(Entry)
}

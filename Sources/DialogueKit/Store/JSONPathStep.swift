/// One step into a JSON tree: an object's member, or an array's element by its identity.
enum JSONPathStep: Equatable, Sendable {
    /// The member with this key.
    case key(String)
    /// The element of an array whose identity member (`id`, or `phase` for phases) has this value.
    case element(String)
}

/// Someone else who has a dialogue open now, as the library shows it.
public struct OpenElsewhere: Equatable, Sendable {
    /// The dialogue's stem.
    public var stem: String
    /// `anna@radhus`.
    public var who: String
    /// When they opened it, as the clock on the wall says it: `10:02`.
    public var since: String

    public init(stem: String, who: String, since: String) {
        self.stem = stem
        self.who = who
        self.since = since
    }

    /// «öppen hos anna@radhus sedan 10:02»
    var text: String { "\(UIStrings.swedish.openAt) \(who) \(UIStrings.swedish.openSince) \(since)" }
}

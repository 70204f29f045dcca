/// Which inputs the register shows: every criterion given must hold; text matches regardless of case
/// (å, ä and ö stay letters of their own).
public struct InputFilter: Equatable, Sendable {
    public var activity: String?
    public var agendaPoint: String?
    public var category: String?
    public var tag: String?
    public var group: String?
    /// Words the text must contain, as typed after `/`; empty matches every text.
    public var text: String
    /// Whether hidden inputs are listed too.
    public var includeHidden: Bool

    public init(
        activity: String? = nil, agendaPoint: String? = nil, category: String? = nil, tag: String? = nil,
        group: String? = nil, text: String = "", includeHidden: Bool = false
    ) {
        self.activity = activity
        self.agendaPoint = agendaPoint
        self.category = category
        self.tag = tag
        self.group = group
        self.text = text
        self.includeHidden = includeHidden
    }

    /// Every visible input.
    public static let all = InputFilter()

    /// Whether an input passes the filter.
    public func matches(_ input: Input) -> Bool {
        matches(input, needle: needle)
    }

    /// The filter's text as compared: lower-cased once, not per input.
    var needle: String { text.lowercased() }

    /// Whether an input passes, with the needle already lower-cased.
    func matches(_ input: Input, needle: String) -> Bool {
        if input.hidden != nil, !includeHidden { return false }
        if let activity, input.activity != activity { return false }
        if let agendaPoint, input.agendaPoint != agendaPoint { return false }
        if let category, input.category != category { return false }
        if let group, input.group != group { return false }
        if let tag, !input.tags.contains(tag) { return false }
        return needle.isEmpty || input.text.lowercased().contains(needle)
    }
}

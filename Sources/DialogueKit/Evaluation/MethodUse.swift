/// A method the dialogue used: a chosen method card, or the method an activity names in its own words,
/// with the held activities that used it and what they brought.
public struct MethodUse: Equatable, Sendable, Identifiable {
    /// The method card's id, or the activity's method text when no card matches it; the id of its `MethodNote`.
    public var id: String
    /// The card's name, or the activity's words.
    public var name: String
    /// The activities that used it, in schedule order; held or not.
    public var activities: [String]
    /// Of those, how many were held.
    public var held: Int
    /// Participants counted at its held activities.
    public var attended: Int
    /// Visible inputs captured at its activities.
    public var inputs: Int
    /// How it worked, from its method note; empty until written.
    public var howItWorked: String

    public init(
        id: String, name: String, activities: [String] = [], held: Int = 0, attended: Int = 0, inputs: Int = 0,
        howItWorked: String = ""
    ) {
        self.id = id
        self.name = name
        self.activities = activities
        self.held = held
        self.attended = attended
        self.inputs = inputs
        self.howItWorked = howItWorked
    }
}

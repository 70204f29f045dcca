/// How a method used in the dialogue worked, in relation to the question and the target groups.
public struct MethodNote: Codable, Equatable, Sendable, Identifiable {
    /// The id of the method card (`Dialogue.methods`).
    public var id: String
    public var howItWorked: String
    public var lastChange: ItemChange?

    public init(method: String, howItWorked: String, lastChange: ItemChange? = nil) {
        self.id = method
        self.howItWorked = howItWorked
        self.lastChange = lastChange
    }
}

/// Someone taking part in running the dialogue; checklist items can be assigned to them.
public struct Person: Codable, Equatable, Sendable, Identifiable {
    public var id: String
    public var name: String
    public var role: PersonRole
    /// Phone, e-mail or where to find them.
    public var contact: String
    /// For a politician: in which part of the dialogue they take part, and how.
    public var participation: String

    public init(id: String, name: String, role: PersonRole, contact: String = "", participation: String = "") {
        self.id = id
        self.name = name
        self.role = role
        self.contact = contact
        self.participation = participation
    }
}

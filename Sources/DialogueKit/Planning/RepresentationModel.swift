/// How a handbook draws the representation model (representationsmodell / målgruppsanalys):
/// which axis is vertical and its own short description of each quadrant.
public struct RepresentationModel: Codable, Equatable, Sendable {
    /// Which axis runs up the grid.
    public enum Orientation: String, Codable, CaseIterable, Sendable {
        /// Helsingborg: activity vertical (high at the top), affectedness horizontal (high on the
        /// right); the priority corner is bottom right.
        case activityVertical = "activity-vertical"
        /// Vänersborg: affectedness vertical (high at the top), activity horizontal (low on the
        /// left); priority 1 is top left.
        case affectedVertical = "affected-vertical"
    }

    public var orientation: Orientation
    /// The handbook's short description of each quadrant, by priority: index 0 is priority 1.
    public var descriptions: [String]

    public init(orientation: Orientation, descriptions: [String]) {
        self.orientation = orientation
        self.descriptions = descriptions
    }

    /// The description of the quadrant with this priority (1–4), or "" if the handbook has none.
    public func description(ofPriority priority: Int) -> String {
        descriptions.indices.contains(priority - 1) ? descriptions[priority - 1] : ""
    }

    /// Used where a handbook has no model of its own: Helsingborg's drawing with Vänersborg's numbering.
    public static let standard = RepresentationModel(
        orientation: .activityVertical,
        descriptions: [
            "Berörda men lågaktiva: hit ska extra krut läggas.", "Berörda och aktiva.",
            "Aktiva men inte berörda.", "Varken berörda eller aktiva.",
        ])
}

/// A target group's place in the representation model in a JSON report: its priority, derived
/// from the quadrant, and the handbook's description of that quadrant.
struct ReportTargetGroup: Encodable {
    let id: String
    let name: String
    let priority: Int
    let quadrant: String

    init(_ group: TargetGroup, model: RepresentationModel) {
        self.id = group.id
        self.name = group.name
        self.priority = group.priority
        self.quadrant = model.description(ofPriority: group.priority)
    }
}

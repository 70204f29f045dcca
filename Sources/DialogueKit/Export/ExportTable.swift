/// Which table a CSV export holds (`--what`): the inputs, or the goals, target groups or activities.
public enum ExportTable: String, CaseIterable, Sendable {
    case inputs, goals, groups, activities

    /// The part of a suggested file name that says which table it is (`park-underlag.csv`).
    public var fileNamePart: String {
        switch self {
        case .inputs: "underlag"
        case .goals: "mal"
        case .groups: "malgrupper"
        case .activities: "aktiviteter"
        }
    }
}

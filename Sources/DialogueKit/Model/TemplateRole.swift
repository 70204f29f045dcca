/// Who is responsible for steps, in the handbook's own words (e.g. Vänersborg's Tjänsteperson,
/// Förtroendevald and Gemensam, or Sollentuna's Nämnd, Förvaltningskontor and KLK strateg).
/// Checklist items refer to a role by its id.
public struct TemplateRole: Codable, Equatable, Sendable, Identifiable {
    /// Stable id that items refer to, e.g. `tjansteperson`.
    public var id: String
    /// The handbook's name for the role, e.g. "Tjänsteperson".
    public var name: String
    /// The handbook's list of what the role is responsible for; may be empty.
    public var responsibilities: [String]

    /// A role named `name` with the id `id` and the handbook's list of responsibilities.
    public init(id: String, name: String, responsibilities: [String] = []) {
        self.id = id
        self.name = name
        self.responsibilities = responsibilities
    }
}

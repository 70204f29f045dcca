/// Colours and attributes for every `StyleRole`, read from a theme file.
public struct Theme: Hashable, Sendable {
    /// The theme's name, as chosen with `--theme NAME`.
    public var name: String
    /// One line for people choosing a theme.
    public var description: String
    /// The colours of each role; a role not listed is drawn like `normal`.
    public var roles: [StyleRole: RoleColors]

    public init(name: String, description: String = "", roles: [StyleRole: RoleColors]) {
        self.name = name
        self.description = description
        self.roles = roles
    }

    /// The colours of a role, falling back to `normal` (and to the terminal's defaults).
    public subscript(role: StyleRole) -> RoleColors {
        roles[role] ?? roles[.normal] ?? RoleColors()
    }

    /// True when no role sets a colour: only attributes tell roles apart.
    public var isMonochrome: Bool {
        StyleRole.allCases.allSatisfy { self[$0].hasNoColor }
    }
}

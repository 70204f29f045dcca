extension StyleRole {
    /// The role's key in a theme file's `[roles]`: the case name in kebab-case ("tab-active").
    public var themeKey: String {
        var key = ""
        for character in rawValue {
            if character.isUppercase {
                key += "-" + character.lowercased()
            } else {
                key.append(character)
            }
        }
        return key
    }

    /// The role a theme file's key names, if any.
    public init?(themeKey: String) {
        guard let role = StyleRole.allCases.first(where: { $0.themeKey == themeKey }) else { return nil }
        self = role
    }
}

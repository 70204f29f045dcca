/// How a person names the lists of a dialogue and their entries, by the list's key in the file: the one
/// table behind the conflict sentences (`ConflictWording`) and the history (`DialogueChanges`).
enum ListWords {
    /// An entry of the list: `målet`.
    static let entry = [
        "items": "punkten", "targetGroups": "målgruppen", "goals": "målet", "activities": "aktiviteten",
        "people": "personen", "risks": "risken", "sideIssues": "sidofrågan", "levels": "nivån", "phases": "fasen",
        "roles": "rollen", "methods": "metoden",
        "decisions": "beslutet", "themeResponses": "temat",
    ]

    /// The lists whose entry word is neuter (`målet` … `det`).
    static let neuter: Set<String> = ["goals"]

    /// The whole list: `målen`.
    static let list = [
        "items": "checklistan", "targetGroups": "målgrupperna", "goals": "målen", "activities": "aktiviteterna",
        "people": "personerna", "risks": "riskerna", "sideIssues": "sidofrågorna", "levels": "nivåerna",
        "phases": "faserna", "roles": "rollerna", "methods": "metoderna",
        "decisions": "besluten", "themeResponses": "temasvaren",
    ]
}

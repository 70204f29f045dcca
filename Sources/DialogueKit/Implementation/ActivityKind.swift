/// A kind of activity (möte, workshop, dialogcafé …): an id kept in the file and a Swedish title.
public struct ActivityKind: Equatable, Sendable, Identifiable {
    public var id: String
    public var title: String
    /// Ids of the method cards (`templates/methods/methods.toml`) this kind of activity carries out.
    public var methods: [String]

    public init(id: String, title: String, methods: [String] = []) {
        self.id = id
        self.title = title
        self.methods = methods
    }

    /// The kinds Ting offers; an activity may also carry an id of its own.
    public static let standard: [ActivityKind] = [
        ActivityKind(
            id: "möte", title: "Dialogmöte",
            methods: ["dialogmote", "informationsmote", "samrad", "radslag", "medborgarstamma", "oppet-hus"]),
        ActivityKind(id: "workshop", title: "Workshop", methods: ["workshop", "framtidsverkstad", "ideverkstad"]),
        ActivityKind(id: "dialogcafé", title: "Dialogcafé", methods: ["dialogcafe", "open-space"]),
        ActivityKind(id: "områdesvandring", title: "Områdesvandring", methods: ["omradesvandring", "walk-and-talk"]),
        ActivityKind(id: "fokusgrupp", title: "Fokusgrupp", methods: ["fokusgrupp", "intervju", "medborgarpanel"]),
        ActivityKind(id: "enkät", title: "Enkät", methods: ["enkat", "omrostning"]),
        ActivityKind(id: "digital", title: "Digital dialog", methods: ["webb"]),
        ActivityKind(id: "annat", title: "Annat"),
    ]

    /// The kind with this id, if it is a standard one.
    public static func standard(id: String) -> ActivityKind? { standard.first { $0.id == id } }

    /// The standard kind that carries out a method card, if any.
    public static func standard(forMethod method: String) -> ActivityKind? {
        standard.first { $0.methods.contains(method) }
    }
}

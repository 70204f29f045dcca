/// One thing to see to for an activity (its own checklist: room, microphone, interpreter …).
public struct RunSheetItem: Codable, Equatable, Sendable, Identifiable {
    /// Stable id within the activity, e.g. `k3`.
    public var id: String
    public var text: String
    public var isDone: Bool

    public init(id: String, text: String, isDone: Bool = false) {
        self.id = id
        self.text = text
        self.isDone = isDone
    }

    /// A new activity's run sheet, after Vänersborg's "Möjliggör delaktighet": the aspects that decide
    /// whether everyone can take part.
    public static let defaults: [RunSheetItem] = [
        "Lokalen är bokad, öppnad och möblerad för samtal",
        "Lokalen är tillgänglig: entré, hiss, toalett, skyltning",
        "Mikrofon och hörslinga fungerar",
        "Tolk (språk, teckenspråk) bokad om det behövs",
        "Material: underlag, kartor, lappar, pennor, blädderblock",
        "Fika och tider passar målgruppen",
        "Någon dokumenterar det som kommer fram",
    ].enumerated().map { RunSheetItem(id: "k\($0.offset + 1)", text: $0.element) }
}

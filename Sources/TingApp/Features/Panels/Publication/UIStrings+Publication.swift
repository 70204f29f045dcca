import DialogueKit

/// The strings of the Publicering panel (Vänersborg's texts for the website, before and after).
extension UIStrings {
    var panelPublication: String { "Publicering" }
    var publicationNotPublished: String { "inte publicerad" }
    var publicationEmpty: String { "(ingen text)" }
    var publicationDatePrompt: String { "Publicerad den (ÅÅÅÅ-MM-DD):" }
    var keyMarkPublished: String { "markera publicerad" }

    /// "Före dialogen" / "Efter dialogen": when the moment's texts go up on the website.
    func publicationMoment(_ moment: PublicationMoment) -> String {
        switch moment {
        case .before: "Före dialogen"
        case .after: "Efter dialogen"
        }
    }

    /// "också svaret på frågan i checklistan, Genomföra": where else the text is kept.
    func publicationInChecklist(_ phase: String) -> String { "också svaret på frågan i checklistan, \(phase)" }

    /// "publicerad 2026-05-04 av anna".
    func publicationPublished(on date: LocalDate, by actor: String?) -> String {
        "publicerad \(date)\(actor.map { " av \($0)" } ?? "")"
    }

    /// The editor's title for a publication text: the moment and the question.
    func publicationEditorTitle(_ moment: PublicationMoment, question: String) -> String {
        "\(publicationMoment(moment)): \(question)"
    }
}

import DialogueKit

/// One text of the Publicering panel: a moment (before or after) and one of its three questions.
struct PublicationEntry: Equatable, Sendable {
    var moment: PublicationMoment
    var question: String

    /// Vänersborg's six: the before-texts, then the after-texts, each moment's questions in order.
    static let all: [PublicationEntry] = PublicationMoment.allCases.flatMap { moment in
        moment.questions.map { PublicationEntry(moment: moment, question: $0) }
    }

    /// The entry's text as the dialogue holds it (in the checklist when it asks the question, else the publication).
    func text(in dialogue: Dialogue) -> String {
        dialogue.publicationTexts(moment).first { $0.question == question }?.text ?? ""
    }
}

import Foundation

/// What is published on the website before and after the dialogue (Vänersborg's three questions each).
/// One store per text: when the checklist asks a question in the very words of the publication's, that item's
/// answer is the text, read and written there; otherwise the text lives in `followUp.publications`.
extension Dialogue {
    /// The publication of a moment, once a text or a publishing date was set.
    public func publication(_ moment: PublicationMoment) -> Publication? {
        followUp.publications.first { $0.moment == moment }
    }

    /// The moment's questions in order, each with its text (empty when unanswered).
    public func publicationTexts(_ moment: PublicationMoment) -> [PublicationText] {
        let stored = publication(moment)?.texts ?? []
        return moment.questions.map { question in
            if let item = publicationItem(for: question) {
                return PublicationText(question: question, text: item.response ?? "")
            }
            return PublicationText(question: question, text: stored.first { $0.id == question }?.text ?? "")
        }
    }

    /// Sets the text answering one of the moment's questions (blank clears it), in the checklist item that
    /// asks it when there is one. Refuses a question the moment does not ask.
    public mutating func setPublicationText(
        _ moment: PublicationMoment, question: String, text: String, by actor: String, at now: Date
    ) throws(DialogueError) {
        guard moment.questions.contains(question) else {
            throw .noSuchPublicationQuestion(question, known: moment.questions)
        }
        if let item = publicationItem(for: question) {
            try apply(.response(text), to: item.id, by: actor, at: now)
            return
        }
        let blank = !text.contains { !$0.isWhitespace }
        var publication = publication(moment) ?? Publication(moment: moment)
        let before = publication.texts
        if let index = publication.texts.firstIndex(where: { $0.id == question }) {
            if blank { publication.texts.remove(at: index) } else { publication.texts[index].text = text }
        } else if !blank {
            publication.texts.append(PublicationText(question: question, text: text))
        }
        guard publication.texts != before else { return }
        store(publication, by: actor, at: now)
    }

    /// Marks the moment's texts published on `date` by `actor`; marking again corrects the date. Refuses a
    /// publication without any text.
    public mutating func markPublished(_ moment: PublicationMoment, on date: LocalDate, by actor: String, at now: Date)
        throws(DialogueError)
    {
        guard publicationTexts(moment).contains(where: { $0.text.contains { !$0.isWhitespace } }) else {
            throw .publicationWithoutText(moment)
        }
        var publication = publication(moment) ?? Publication(moment: moment)
        publication.publishedOn = date
        publication.publishedBy = actor
        store(publication, by: actor, at: now)
    }

    /// A draft answer to one of the moment's questions from the data (`PublicationDraft`); empty for a question
    /// the moment does not ask.
    public func publicationDraft(_ moment: PublicationMoment, question: String, calendar: Calendar) -> String {
        PublicationDraft(dialogue: self, moment: moment, question: question, calendar: calendar).text
    }

    /// The checklist's question item asking `question` in its very words, if the handbook has one.
    public func publicationItem(for question: String) -> ChecklistItem? {
        allItems.first {
            $0.kind == .question && $0.text.trimmingCharacters(in: .whitespacesAndNewlines) == question
        }
    }

    /// Puts a publication in its place (before first, then after), stamped with who changed it and when.
    private mutating func store(_ publication: Publication, by actor: String, at now: Date) {
        var publication = publication
        publication.lastChange = ItemChange(by: actor, at: now)
        if let index = followUp.publications.firstIndex(where: { $0.moment == publication.moment }) {
            followUp.publications[index] = publication
        } else {
            followUp.publications.append(publication)
            let order = PublicationMoment.allCases
            followUp.publications.sort {
                (order.firstIndex(of: $0.moment) ?? 0) < (order.firstIndex(of: $1.moment) ?? 0)
            }
        }
        markModified(by: actor, at: now)
    }
}

import Foundation

/// Utvärdering's edits: how each method worked, and the participants' own evaluation entered as counts.
/// Every edit records who made it and when; bad input is refused with one sentence saying the fix.
extension Dialogue {
    /// Writes how a method worked (empty text removes the note). The method must be one the dialogue used
    /// (`methodsUsed()`).
    public mutating func setMethodNote(method: String, howItWorked: String, by actor: String, at now: Date)
        throws(DialogueError)
    {
        guard methodsUsed().contains(where: { $0.id == method }) else {
            throw .noSuchMethod(method, known: methodsUsed().map(\.id))
        }
        var notes = followUp.evaluation.methodNotes
        let blank = howItWorked.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
        if let index = notes.firstIndex(where: { $0.id == method }) {
            if blank {
                notes.remove(at: index)
            } else {
                notes[index].howItWorked = howItWorked
                notes[index].lastChange = ItemChange(by: actor, at: now)
            }
        } else if !blank {
            notes.append(
                MethodNote(method: method, howItWorked: howItWorked, lastChange: ItemChange(by: actor, at: now)))
        }
        followUp.evaluation.methodNotes = notes
        markModified(by: actor, at: now)
    }

    /// Adds a statement to the participants' survey (starting the survey with the standard options when
    /// there is none) and returns its id (`p1`, `p2`, …). Refuses blank text.
    @discardableResult
    public mutating func addSurveyStatement(text: String, by actor: String, at now: Date) throws(DialogueError)
        -> String
    {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { throw .emptySurveyStatement }
        var survey = followUp.evaluation.participantSurvey ?? ParticipantSurvey()
        let id = Planning.nextID(prefix: "p", after: survey.statements.map(\.id))
        survey.statements.append(SurveyStatement(id: id, text: trimmed, lastChange: ItemChange(by: actor, at: now)))
        followUp.evaluation.participantSurvey = survey
        markModified(by: actor, at: now)
        return id
    }

    /// Sets how many chose an option for a statement, from paper forms or a survey export; a negative count
    /// is taken as zero, and zero removes the option's count.
    public mutating func setSurveyCount(
        statement: String, option: String, count: Int, by actor: String, at now: Date
    ) throws(DialogueError) {
        guard var survey = followUp.evaluation.participantSurvey,
            let index = survey.statements.firstIndex(where: { $0.id == statement })
        else { throw .noSuchSurveyStatement(statement) }
        guard survey.options.contains(where: { $0.id == option }) else {
            throw .noSuchSurveyOption(option, known: survey.options.map(\.id))
        }
        survey.statements[index].counts[option] = count > 0 ? count : nil
        survey.statements[index].lastChange = ItemChange(by: actor, at: now)
        followUp.evaluation.participantSurvey = survey
        markModified(by: actor, at: now)
    }

    /// Removes a statement and its counts from the participants' survey.
    public mutating func removeSurveyStatement(id: String, by actor: String, at now: Date) throws(DialogueError) {
        guard var survey = followUp.evaluation.participantSurvey,
            let index = survey.statements.firstIndex(where: { $0.id == id })
        else { throw .noSuchSurveyStatement(id) }
        survey.statements.remove(at: index)
        followUp.evaluation.participantSurvey = survey
        markModified(by: actor, at: now)
    }
}

/// What the evaluation adds to the checklist's analysis answers: how each method worked, and the
/// participants' own evaluation.
public struct Evaluation: Codable, Equatable, Sendable {
    public var methodNotes: [MethodNote]
    /// Nil until someone starts entering participants' answers.
    public var participantSurvey: ParticipantSurvey?

    public init(methodNotes: [MethodNote] = [], participantSurvey: ParticipantSurvey? = nil) {
        self.methodNotes = methodNotes
        self.participantSurvey = participantSurvey
    }
}

import Foundation

extension Dialogue {
    /// A draft of the feedback to `audience` (`FeedbackDraft`): the handbook's three parts, the way to the
    /// decision and its timeline, from what the dialogue holds now.
    public func feedbackDraft(for audience: String, calendar: Calendar) -> String {
        FeedbackDraft(dialogue: self, audience: audience, calendar: calendar).text
    }
}

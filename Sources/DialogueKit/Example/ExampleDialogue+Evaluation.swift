import Foundation

/// The example's evaluation as it stands midway through feedback: a first analysis answer, how the held
/// activities' methods worked, and the parents' paper forms from their workshop counted into the survey.
extension ExampleDialogue {
    /// Fills in the evaluation through the same edit methods the app uses.
    static func evaluate(_ dialogue: inout Dialogue, now: Date) {
        try? dialogue.apply(
            .response(
                "Sara Lind berättar om dialogen med barnen på förvaltningens frukostmöte, och rapporten läggs i "
                    + "stadens samling av genomförda dialoger."),
            to: "utvardering.erfarenheter", by: actor, at: now)
        let notes = [
            (
                "Rita och bygga modeller",
                "Fungerade bra för de yngsta: alla kunde visa vad de ville utan att behöva säga det inför gruppen."
            ),
            (
                "Samtal i små grupper",
                "Språkstödet gjorde att fler föräldrar kom till tals, men 90 minuter räckte inte till alla frågor."
            ),
            (
                "Barnen provar tillfälliga lekredskap",
                "Nådde många som inte kom till workshopparna; svårare att dokumentera vem som sa vad."
            ),
        ]
        for (method, note) in notes {
            try? dialogue.setMethodNote(method: method, howItWorked: note, by: actor, at: now)
        }
        let survey: [(String, [String: Int])] = [
            ("Jag fick den information jag behövde", ["helt": 12, "delvis": 6, "inte": 2, "vet-ej": 1]),
            ("Alla fick komma till tals", ["helt": 9, "delvis": 8, "inte": 3, "vet-ej": 1]),
            ("Jag vill delta igen", ["helt": 15, "delvis": 4, "inte": 1, "vet-ej": 1]),
        ]
        for (text, counts) in survey {
            guard let id = try? dialogue.addSurveyStatement(text: text, by: actor, at: now) else { continue }
            for (option, count) in counts.sorted(by: { $0.key < $1.key }) {
                try? dialogue.setSurveyCount(statement: id, option: option, count: count, by: actor, at: now)
            }
        }
        dialogue.followUp.evaluation.participantSurvey?.note = "Pappersenkät på tre språk efter föräldraworkshoppen"
    }
}

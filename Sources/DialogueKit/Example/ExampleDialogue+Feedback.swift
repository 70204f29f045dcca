import Foundation

/// The example's feedback part: the page published on the website before the workshops, feedback sent to the
/// participants soon after them, and feedback to all residents planned for after the committee's decision.
extension ExampleDialogue {
    /// Publishes the before-texts and plans and sends the feedback through the same edit methods the app uses.
    static func feedBack(_ dialogue: inout Dialogue, now: Date, day: (Int) -> LocalDate) {
        let before = [
            "Vad handlar invånardialogen om?":
                "Parken vid Drottninghögs centrum får en ny lekplats. Vi vill veta vad barn, unga och föräldrar i "
                + "området vill kunna göra där, så att lekplatsen blir en plats ni vill använda. Platsen och "
                + "budgeten är bestämda; innehållet och utformningen kan ni påverka.",
            "Vilka riktar sig invånardialogen till?":
                "Barn 6–13 år och deras föräldrar i Drottninghög, särskilt föräldrar som inte talar svenska och "
                + "tonåringar i området. Närboende runt parken bjuds in till lekdagen.",
            "Hur görs invånare delaktiga?":
                "Genom tre workshoppar i skolan och på fritidsgården, en lekdag i parken där barnen provar "
                + "lekredskap, och en kort webbenkät på svenska, arabiska och somaliska. Språkstödjare och "
                + "barnpassning finns på plats.",
        ]
        for question in PublicationMoment.before.questions {
            guard let text = before[question] else { continue }
            try? dialogue.setPublicationText(.before, question: question, text: text, by: actor, at: now)
        }
        try? dialogue.markPublished(.before, on: day(-86), by: actor, at: now)

        if let participants = try? dialogue.addFeedbackRound(
            audience: FeedbackAudience.participantsID, plannedOn: day(-30), channels: ["e-post", "direkt kontakt"],
            by: actor, at: now),
            var round = dialogue.feedbackRound(id: participants)
        {
            round.text =
                "Tack för att ni var med på workshopparna och lekdagen! Ni gav oss många förslag: mest om "
                + "trygghet, belysning och sittplatser för föräldrarna, och om vatten och skugga för barnen. "
                + "Landskapsarkitekten arbetar nu in dem i ett förslag till lekplatsen, som stadsbyggnadsnämnden "
                + "beslutar om. På återkopplingsträffen visar vi förslaget och hur era förslag har tagits tillvara, "
                + "och efter beslutet berättar vi vad nämnden beslutade och varför."
            try? dialogue.updateFeedbackRound(round, by: actor, at: now)
            try? dialogue.markFeedbackSent(id: participants, on: day(-28), by: actor, at: now)
        }
        _ = try? dialogue.addFeedbackRound(
            audience: FeedbackAudience.residentsID, plannedOn: day(10),
            channels: ["kommunens webbsida", "postutskick", "sociala medier"], by: actor, at: now)
    }
}

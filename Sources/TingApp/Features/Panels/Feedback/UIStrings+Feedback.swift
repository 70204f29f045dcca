import DialogueKit

/// The strings of the Återkoppling panel (feedback rounds), its long-text editor and its date prompts.
extension UIStrings {
    var panelFeedback: String { "Återkoppling" }
    var feedbackHeading: String { "Återkopplingar" }
    var feedbackColumnAudience: String { "Mottagare" }
    var feedbackColumnPlanned: String { "Planerad" }
    var feedbackColumnChannels: String { "Kanaler" }
    var feedbackColumnSent: String { "Skickad" }
    var feedbackColumnBy: String { "Av" }
    /// The mark in the Skickad column of a round whose planned date has passed: a sign and a word.
    var feedbackOverdue: String { "! försenad" }
    var feedbackNone: String { "Ingen återkoppling planerad ännu: a lägger till en, först till deltagarna." }
    var feedbackNoText: String { "Ingen text ännu: g gör ett utkast ur underlaget, Enter skriver själv." }
    var feedbackTextHeading: String { "Text" }
    var feedbackChooseAudience: String { "Återkoppling till vem?" }
    var feedbackPlannedPrompt: String { "Planerad den (ÅÅÅÅ-MM-DD, tomt: inget datum):" }
    var feedbackSentPrompt: String { "Skickad den (ÅÅÅÅ-MM-DD):" }
    var feedbackOtherChannelPrompt: String { "Annan kanal:" }
    var feedbackOtherChannel: String { "+ annan kanal …" }
    var feedbackReplaceDraft: String { "Ersätta texten med ett nytt utkast?" }
    var feedbackReplaceDraftBody: String {
        "Utkastet öppnas i redigeraren; den nuvarande texten finns kvar tills du sparar med Ctrl-S."
    }
    var feedbackRemoveQuestion: String { "Ta bort återkopplingen?" }
    var feedbackPromiseLabel: String { "Löftet" }
    var keyAddFeedback: String { "ny" }
    var keyWriteText: String { "skriv" }
    var keyReadText: String { "läs" }
    var keyDraft: String { "utkast" }
    var keyPlannedDate: String { "planerat datum" }
    var keyChannels: String { "kanaler" }
    var keyMarkSent: String { "markera skickad" }
    var keyReadChecks: String { "läs kontrollen" }
    var keyOtherChannel: String { "annan kanal" }

    /// "Deltagarna (a1)": a round named by its audience and id.
    func feedbackRoundName(_ audience: String, id: String) -> String { "\(audience) (\(id))" }

    /// "Skickad 2026-06-02 av anna: texten är slutgiltig och kan inte ändras."
    func feedbackSentFinal(on date: LocalDate, by actor: String?) -> String {
        "Skickad \(date)\(actor.map { " av \($0)" } ?? ""): texten är slutgiltig och kan inte ändras."
    }

    /// "Återkopplingen till deltagarna (a1) är skickad; texten kan inte ändras."
    func feedbackTextLocked(_ name: String) -> String {
        "Återkopplingen till \(name) är skickad; texten kan inte ändras."
    }

    /// The channels chosen for a round, in the title of the channel choice.
    func feedbackChannelsTitle(_ audience: String) -> String { "Kanaler för återkopplingen till \(audience)" }

    /// The text viewer's title for a sent round: what it is, and that it is final.
    func feedbackSentTitle(_ name: String, on date: LocalDate) -> String {
        "Återkoppling till \(name), skickad \(date) (kan inte ändras)"
    }

    /// The editor's title for a round's text.
    func feedbackEditorTitle(_ name: String) -> String { "Återkoppling till \(name)" }

    var keyNewLine: String { "ny rad" }
    var keyDiscard: String { "släng ändringarna" }
    var editorChanged: String { "ändrad, inte sparad" }
    var editorDiscardQuestion: String { "Släng det du skrivit?" }
    var editorChangedUnder: String {
        "Någon annan ändrade texten medan du skrev; Ctrl-S igen sparar din över deras (deras finns kvar i versionerna, v)."
    }
    var editorDiscardBody: String { "Texten är ändrad men inte sparad: y slänger ändringarna, n skriver vidare." }

    /// The round being written was removed by someone else: the words are still in the editor.
    func feedbackRoundGone(_ id: String) -> String {
        "Återkopplingen \(id) finns inte längre (någon annan tog bort den); texten finns kvar i redigeraren."
    }

    var feedbackMoreRead: String { "… (Enter: läs hela)" }
    var feedbackMoreWrite: String { "… (Enter: hela texten)" }
    var feedbackChecksTitle: String { "Löfte och varningar" }
    var feedbackChecksMore: String { "… (i: läs allt)" }
}

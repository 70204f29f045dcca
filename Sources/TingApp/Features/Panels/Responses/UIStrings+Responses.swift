import DialogueKit

/// The strings of the Svar panel (what became of each input and theme) and of an input's trace.
extension UIStrings {
    var panelResponses: String { "Svar" }
    var responsesThemes: String { "Teman" }
    var responsesInputs: String { "Inspel" }
    var responsesColumnTheme: String { "Tema" }
    var responsesColumnCount: String { "Inspel" }
    var responsesColumnResponse: String { "Svar" }
    var responsesColumnReason: String { "Skäl" }
    var responsesColumnText: String { "Inspel" }
    var responsesUnanswered: String { "utan svar" }
    var responsesOnlyUnanswered: String { "bara de utan svar" }
    var responsesNoThemes: String { "Inga teman: tagga inspelen i Underlag (t), så kan ett tema besvaras på en gång." }
    var responsesNoInputs: String { "Inga inspel ännu: de skrivs in i Genomförande (mötesläget eller Underlag)." }
    var responsesAllAnswered: String { "Alla inspel som visas har svar; o listar alla igen." }
    var responsesFromTheme: String { "tema" }
    var responsesFromOriginal: String { "som" }
    var responsesNoDecisions: String { "Inga beslut i registret ännu: lägg till dem i panelen Beslut." }
    var responsesFormTheme: String { "Svar på temat" }
    var responsesFormInput: String { "Svar på" }
    var responsesChooseStatus: String { "Vad blev det av det?" }
    var responsesChooseDecisions: String { "Beslut som svaret ledde till (Space väljer)" }
    /// What a response not yet saved still lacks, in words.
    func responsesNotSavedYet(_ draft: ResponseDraft) -> String {
        guard let status = draft.status else { return "Inte sparat än: välj en status." }
        if status.needsReason, draft.reason.allSatisfy(\.isWhitespace) {
            return "Inte sparat än: skriv skälet (krävs för \(status.words))."
        }
        if status.needsForwarding, draft.forwardedTo.allSatisfy(\.isWhitespace) {
            return "Inte sparat än: skriv vart det gick vidare (krävs för \(status.words))."
        }
        return "Inte sparat än."
    }
    var responsesSaved: String { "Sparat. Esc stänger." }
    var keyRespond: String { "svara" }
    var keyClearResponse: String { "ta bort svaret" }
    var keyOnlyUnanswered: String { "bara utan svar / alla" }
    var keyThemeInputs: String { "temats inspel" }
    var keyLinkDecision: String { "välj / välj bort" }
    var keyDone: String { "klart" }

    /// The fields of the response form.
    var fieldResponseStatus: String { "Status" }
    var fieldResponseReason: String { "Skäl" }
    var fieldResponseForwarded: String { "Vidare till" }
    var fieldResponseDecisions: String { "Beslut" }

    /// "Svar på 3 inspel" or "Svar på i12", the form's title.
    func responsesFormTitle(_ target: ResponseTarget) -> String {
        switch target {
        case .theme(let tag): "\(responsesFormTheme) ”\(tag)”"
        case .inputs(let ids) where ids.count == 1: "\(responsesFormInput) \(ids[0])"
        case .inputs(let ids): "\(responsesFormInput) \(count(ids.count, "inspel", "inspel"))"
        }
    }

    /// "Svaret på temat ”trygghet” sparades" / "… gavs till 3 inspel".
    func responseSaved(_ target: ResponseTarget) -> String {
        switch target {
        case .theme(let tag): "Svaret på temat ”\(tag)” sparades: det gäller temats inspel utan eget svar."
        case .inputs(let ids): "Svaret gavs till \(count(ids.count, "inspel", "inspel"))."
        }
    }

    /// The question before a response is cleared.
    func confirmClearResponse(_ target: ResponseTarget) -> String {
        switch target {
        case .theme(let tag): "Ta bort svaret på temat ”\(tag)”?"
        case .inputs(let ids) where ids.count == 1: "Ta bort svaret på \(ids[0])?"
        case .inputs(let ids): "Ta bort svaren på \(count(ids.count, "inspel", "inspel"))?"
        }
    }

    /// Said when `d` finds no response of the input's own to clear.
    func responseNotOwn(_ id: String) -> String {
        "\(id) har inget eget svar att ta bort: svaret kommer från temat eller originalet."
    }

    /// "Teman ”trygghet”: 6 inspel" as the inputs list's title while one theme's inputs show.
    func responsesThemeFilter(_ tag: String) -> String { "temat ”\(tag)”" }

    // The trace of an input ("Var hamnade inspelet?").
    var traceHeading: String { "Var hamnade inspelet?" }
    var traceOriginal: String { "Dubblett av" }
    var traceThemes: String { "Teman" }
    var traceResponse: String { "Svar" }
    var traceReason: String { "Skäl" }
    var traceForwarded: String { "Vidare till" }
    var traceDecisions: String { "Beslut" }
    var traceFeedback: String { "Återkoppling" }
    var traceNone: String { "–" }
    var traceNoResponse: String { "inget ännu (utan svar)" }
    var traceHiddenNeedsNone: String { "dolt: behöver inget svar" }
    var traceSent: String { "skickad" }
    var tracePlanned: String { "planerad" }
    var traceNoFeedback: String { "ingen återkoppling når det ännu" }
}

extension UIStrings {
    /// The Risker panel: the risk register and the log of side issues.
    public var panelRisks: String { "Risker" }
    public var risksTitle: String { "Risker och konflikter" }
    public var riskTitle: String { "Risk" }
    public var newRiskTitle: String { "Ny risk" }
    public var fieldRisk: String { "Risk eller konflikt" }
    public var fieldLikelihood: String { "Sannolikhet" }
    public var fieldConsequence: String { "Konsekvens" }
    public var fieldMitigation: String { "Åtgärd" }
    public var fieldOwner: String { "Ägare" }
    public var noRisks: String { "Inga risker ännu – a lägger till en." }
    public var sideIssuesTitle: String { "Sidofrågor (utanför dialogen)" }
    public var sideIssueTitle: String { "Sidofråga" }
    public var newSideIssueTitle: String { "Ny sidofråga" }
    public var fieldSideQuestion: String { "Fråga" }
    public var fieldPassedTo: String { "Lämnad till" }
    public var fieldDate: String { "Datum" }
    public var noSideIssues: String { "Inga sidofrågor ännu – Tab och sedan a lägger till en." }
    public var confirmDeleteRiskTitle: String { "Ta bort risken?" }
    public var confirmDeleteSideIssueTitle: String { "Ta bort sidofrågan?" }
    public var confirmDeleteEntryBody: String { "Den tas bort ur dialogfilen." }
    public var keySwitchList: String { "byt lista" }
}

/// A part of the summary report whose words a checklist item's answer gives, named by the template's
/// `report` key (Vänersborg's "Skriv en sammanfattande rapport" lists six).
public enum ReportTopic: String, Codable, CaseIterable, Sendable {
    /// En kort beskrivning av processen.
    case process
    /// De viktigaste resultaten och slutsatserna.
    case results
    /// Hur resultaten användes i styrningen.
    case governance
    /// Vilka metoder användes och hur fungerade de i relation till fråga och målgrupp?
    case methods
    /// Vad fungerade bra?
    case wentWell = "went-well"
    /// Vad fungerade mindre bra?
    case wentLessWell = "went-less-well"

    /// The heading of the part in the report, in Vänersborg's words.
    public var heading: String {
        switch self {
        case .process: "Processen i korthet"
        case .results: "De viktigaste resultaten och slutsatserna"
        case .governance: "Hur resultaten användes i styrningen"
        case .methods: "Metoderna och hur de fungerade"
        case .wentWell: "Vad fungerade bra?"
        case .wentLessWell: "Vad fungerade mindre bra?"
        }
    }
}

import DialogueKit

/// The strings of the Beslut panel (the decisions register and what each decision was based on).
extension UIStrings {
    var panelDecisions: String { "Beslut" }
    var decisionsTitle: String { "Beslutsregistret" }
    var noDecisions: String { "Inga beslut ännu: a lägger till ett (nämnden, kommunstyrelsen, kommunfullmäktige …)." }
    var decisionFormTitle: String { "Beslut" }
    var newDecisionTitle: String { "Nytt beslut" }
    var confirmDeleteDecisionTitle: String { "Ta bort beslutet?" }
    var fieldDecisionBody: String { "Beslutande organ" }
    var fieldDecisionDate: String { "Datum" }
    var fieldParagraph: String { "§" }
    var fieldDecisionText: String { "Beslut" }
    var keyReadBasis: String { "vad grundades det på?" }
    var basisHeading: String { "Vad grundades beslutet på?" }
    var basisTheme: String { "tema" }
    var basisOwnResponses: String { "Inspel med eget svar:" }
    var basisNone: String { "Inga svar länkar beslutet ännu: länka det från panelen Svar (r, fältet Beslut)." }
    var decisionNotAdded: String {
        "Beslutet lades inte till: det behöver både beslutande organ och vad som beslutades."
    }
    var basisMore: String { "… g visar allt" }

    /// "14 inspel i allt".
    func basisInputsInAll(_ n: Int) -> String { "\(count(n, "inspel", "inspel")) i allt" }

    /// Said when a date typed is not one.
    func decisionDateInvalid(_ text: String) -> String {
        "”\(text)” är inget datum: skriv det som ÅÅÅÅ-MM-DD, t.ex. 2027-03-12."
    }
}

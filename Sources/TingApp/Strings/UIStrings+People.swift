extension UIStrings {
    /// The Personer panel, assignment of checklist items and the person filter.
    public var panelPeople: String { "Personer" }
    public var responsibilityTitle: String { "Ansvar" }
    public var fieldQuestionOwner: String { "Frågans ägare" }
    public var fieldDialogueResponsible: String { "Ansvarig för dialogen" }
    public var fieldFacilitation: String { "Facilitator" }
    public var facilitationInternal: String { "internt" }
    public var facilitationExternal: String { "externt" }
    public var peopleTitle: String { "Personer" }
    public var personTitle: String { "Person" }
    public var newPersonTitle: String { "Ny person" }
    public var fieldName: String { "Namn" }
    public var fieldRole: String { "Roll" }
    public var fieldContact: String { "Kontakt" }
    public var fieldParticipation: String { "Medverkar" }
    public var noPeople: String { "Inga personer ännu – a lägger till en." }
    public var fieldRequired: String { "skriv något först; Esc avbryter." }
    public var keyChange: String { "ändra" }
    public var confirmDeletePersonTitle: String { "Ta bort personen?" }
    public var confirmDeletePersonBody: String { "Punkter som är tilldelade personen blir otilldelade." }
    public var chooseAssigneeTitle: String { "Tilldela punkten" }
    public var nobody: String { "ingen" }
    public var noPeopleYet: String {
        "Dialogen har inga personer än: lägg till dem i Planering, panelen Personer (2, sedan ])."
    }
    public var personFilter: String { "Person" }
    public var noOpenItemsForPerson: String { "har inga öppna punkter i den här fasen." }
    public var keyAssign: String { "tilldela" }
    public var keyPersonFilter: String { "visa en persons öppna punkter" }
    public var keyAdd: String { "lägg till" }
    public var keyCycle: String { "byt värde" }
}

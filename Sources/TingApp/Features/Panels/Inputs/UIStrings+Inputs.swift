import DialogueKit

/// The strings of the Underlag panel (the inputs register).
extension UIStrings {
    var panelInputs: String { "Underlag" }
    var inputsOf: String { "av" }
    var inputsFilterHeading: String { "filter" }
    var inputsWithHidden: String { "med dolda" }
    var inputsCategories: String { "Kategorier" }
    var inputsTags: String { "Taggar" }
    var inputsActivities: String { "Aktivitet" }
    var inputsColumnID: String { "Id" }
    var inputsColumnText: String { "Inspel" }
    var inputsColumnCategory: String { "Kategori" }
    var inputsColumnGroup: String { "Målgrupp" }
    var inputsHidden: String { "dold" }
    var inputsCapturedBy: String { "av" }
    var inputsDuplicateOf: String { "dubblett av" }
    var inputsSideIssue: String { "blev sidofråga" }
    var inputsNone: String { "Inga inspel ännu: de skrivs in i mötesläget (Aktiviteter, M) eller med ting input add." }
    var inputsNoneMatch: String { "Inga inspel passar filtret; Esc tömmer det." }
    var inputsEvery: String { "alla" }
    var inputsFilterActivity: String { "Visa en aktivitets inspel" }
    var inputsFilterCategory: String { "Visa en kategori" }
    var inputsFilterTag: String { "Visa en tagg" }
    var inputsFilterGroup: String { "Visa en målgrupps inspel" }
    var inputsSetCategory: String { "Kategori för inspelen" }
    var inputsHideNeedsReason: String { "Skriv varför inspelet döljs; det finns kvar och kan visas igen med d." }
    var keyMark: String { "markera" }
    var keyReadInput: String { "läs" }
    var keyMarkAll: String { "markera alla som visas / inga" }
    var keyHideInput: String { "dölj" }
    var keyShowInput: String { "visa igen" }
    var keyLinkDuplicate: String { "dubblett av …" }
    var keyUnlinkDuplicate: String { "inte dubblett längre" }
    var keySideIssue: String { "gör till sidofråga" }
    var keyListHidden: String { "lista dolda också" }
    var keyHideHidden: String { "lista inte dolda" }
    var keyClearFilterAndMarks: String { "töm markering / filter" }

    /// The label of a prompt of the Underlag panel.
    func inputsPrompt(_ prompt: InputsPrompt) -> String {
        switch prompt {
        case .filterText: "Filter ›"
        case .tag: "Tagg ›"
        case .hideReason: "Varför döljs det? ›"
        case .duplicateOf: "Dubblett av (id) ›"
        }
    }

    /// "Taggen ”trygghet” gavs till 3 inspel".
    func inputsTagged(_ tag: String, _ n: Int) -> String { "Taggen ”\(tag)” gavs till \(count(n, "inspel", "inspel"))" }

    /// "i12 blev sidofråga s3 (Planering, Risker)".
    func inputBecameSideIssue(_ input: String, _ issue: String) -> String {
        "\(input) blev sidofråga \(issue) (Planering, panelen Risker)"
    }
}

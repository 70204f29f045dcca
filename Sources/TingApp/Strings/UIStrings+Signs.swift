/// The signs on the phase tabs, each with one meaning, explained in `?` and README.
extension UIStrings {
    /// Every item of the phase is dealt with.
    var phaseDoneSign: String { "✓" }
    /// A gate question of the phase is still unanswered.
    var gateOpenSign: String { "?" }
    /// A gate question of the phase is answered nej: the dialogue stops.
    var gateNoSign: String { "✗" }
    /// The phase's end date has passed with items still open, or a feedback round's planned date unsent.
    var overdueSign: String { "!" }
    /// The handbook has no items for the phase.
    var emptyPhaseSign: String { "(tom)" }
    var tabSignsHeading: String { "Tecken på flikarna:" }
    var phaseDoneMeaning: String { "fasen är klar" }
    var gateOpenMeaning: String { "en kontrollfråga är obesvarad" }
    var gateNoMeaning: String { "en kontrollfråga är besvarad nej (STOPP)" }
    var overdueMeaning: String { "fasen eller en återkoppling i den är försenad" }
    var emptyPhaseMeaning: String { "handboken har inga punkter i fasen" }
}

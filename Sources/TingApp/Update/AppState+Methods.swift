import DialogueKit

extension AppState {
    /// The method cards as offered for a dialogue: those fitting its influence level first.
    func rankedMethods(for dialogue: Dialogue) -> [MethodCard] {
        MethodCatalog.ranked(methodCards, degree: dialogue.influenceLevel?.degree)
    }
}

import DialogueKit

extension DialogueScreenState {
    /// A person's name for the UI, or the id when the dialogue no longer has them.
    func personName(_ id: String) -> String {
        dialogue.person(id: id)?.name ?? id
    }
}

extension SummaryReport {
    /// What several parts of the report read of a dialogue, read once: each is a pass over every input.
    struct Reading {
        let dialogue: Dialogue
        /// Helsingborg's four marks, judged.
        let marks: [SuccessMark]
        /// Every theme on visible inputs, most first.
        let themes: [ThemeSummary]

        init(_ dialogue: Dialogue) {
            self.dialogue = dialogue
            marks = dialogue.successMarks()
            themes = dialogue.themes()
        }
    }
}

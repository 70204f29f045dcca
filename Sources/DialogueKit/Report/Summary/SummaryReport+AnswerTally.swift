extension SummaryReport {
    /// How many visible inputs each category and each tag has, and how many of them have a response, counted in
    /// one pass over the inputs.
    struct AnswerTally {
        /// By category id (`""` for inputs without one): the inputs and those answered.
        var byCategory: [String: (total: Int, answered: Int)] = [:]
        /// By tag: the inputs carrying it that have a response.
        var byTag: [String: Int] = [:]

        init(_ dialogue: Dialogue) {
            var resolver = ResponseResolver(dialogue)
            for input in dialogue.inputs where input.hidden == nil {
                let answered = resolver.resolve(input) != nil
                let category = input.category ?? ""
                byCategory[category, default: (0, 0)].total += 1
                if answered {
                    byCategory[category, default: (0, 0)].answered += 1
                    for tag in input.tags { byTag[tag, default: 0] += 1 }
                }
            }
        }
    }
}

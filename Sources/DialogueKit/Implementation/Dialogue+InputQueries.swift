/// Finding and counting inputs for the register, the meeting screen and `ting input list`.
extension Dialogue {
    /// The inputs that pass a filter, in capture order (newest last).
    public func inputs(matching filter: InputFilter) -> [Input] {
        let needle = filter.needle
        return inputs.filter { filter.matches($0, needle: needle) }
    }

    /// Counts of the inputs that pass a filter (by default every visible one).
    public func inputCounts(matching filter: InputFilter = .all) -> InputCounts {
        let needle = filter.needle
        return InputCounts(inputs.lazy.filter { filter.matches($0, needle: needle) })
    }

    /// The category with this id, if the dialogue has it.
    public func inputCategory(_ id: String) -> InputCategory? {
        inputCategories.first { $0.id == id }
    }

    /// Every tag given to any input, each once, in alphabetical order (for a picker).
    public var inputTags: [String] {
        Set(inputs.lazy.flatMap(\.tags)).sorted()
    }
}

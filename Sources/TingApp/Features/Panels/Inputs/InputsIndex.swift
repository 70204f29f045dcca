import DialogueKit

/// The register's rows and counts under one filter, made once per change of the inputs or the filter and
/// then read by every frame, so a keypress never filters or counts 5,000 inputs again.
struct InputsIndex: Sendable {
    /// The inputs it was made from; it shares their storage, so comparing it with the dialogue's inputs is
    /// instant while they are unchanged.
    let source: [Input]
    let filter: InputFilter
    /// Indices into `source` of the inputs that pass the filter, in capture order (newest last).
    let rows: [Int]
    /// Counts per category, tag, activity and group of the inputs that pass.
    let counts: InputCounts
    /// How many of all the inputs are hidden.
    let hiddenTotal: Int

    /// Filters and counts `inputs`. When only the filter's text grew since `previous` (typing after `/`),
    /// only the rows that passed before are looked at again.
    init(_ inputs: [Input], filter: InputFilter, previous: InputsIndex? = nil) {
        source = inputs
        self.filter = filter
        var candidates: [Int]?
        if let previous, previous.source == inputs, previous.filter.narrowed(to: filter) { candidates = previous.rows }
        // The text is compared here, lower-cased once, and the rest by the filter without it.
        let needle = filter.text.lowercased()
        var structural = filter
        structural.text = ""
        func passes(_ index: Int) -> Bool {
            structural.matches(inputs[index]) && (needle.isEmpty || inputs[index].text.lowercased().contains(needle))
        }
        rows = (candidates ?? Array(inputs.indices)).filter(passes)
        counts = InputCounts(rows.lazy.map { inputs[$0] })
        hiddenTotal = previous.flatMap { $0.source == inputs ? $0.hiddenTotal : nil } ?? inputs.count { $0.isHidden }
    }

    /// Whether this index still describes `inputs` under `filter`.
    func isCurrent(for inputs: [Input], filter: InputFilter) -> Bool {
        self.filter == filter && source == inputs
    }

    /// The input shown on row `row`.
    func input(at row: Int) -> Input? {
        rows.indices.contains(row) ? source[rows[row]] : nil
    }
}

extension InputFilter {
    /// Whether `other` asks for the same as this filter and more text: then what it passes is a part of
    /// what this one passes.
    fileprivate func narrowed(to other: InputFilter) -> Bool {
        var same = other
        same.text = text
        return same == self && other.text.lowercased().hasPrefix(text.lowercased())
    }
}

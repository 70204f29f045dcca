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
    /// The inputs' categories, activities, groups and tags as numbers, for counting; made once per source.
    let columns: InputsColumns
    /// Each input's text lower-cased, as UTF-8, for the text filter: made when a text is first filtered
    /// for, then carried from index to index and made again only for texts that changed.
    let folded: [[UInt8]]?

    /// Filters and counts `inputs`. When only the filter's text grew since `previous` (typing after `/`),
    /// only the rows that passed before are looked at again.
    init(_ inputs: [Input], filter: InputFilter, previous: InputsIndex? = nil) {
        source = inputs
        self.filter = filter
        var candidates: [Int]?
        if let previous, previous.source == inputs, previous.filter.narrowed(to: filter) { candidates = previous.rows }
        // The text is compared here, as bytes of the lower-cased texts, and the rest by the filter without it.
        let needle = Array(filter.text.lowercased().utf8)
        let kept = previous.flatMap { $0.source == inputs ? $0 : nil }
        let folded = needle.isEmpty ? kept?.folded : kept?.folded ?? Self.fold(inputs, reusing: previous)
        self.folded = folded
        var structural = filter
        structural.text = ""
        func passes(_ index: Int) -> Bool {
            guard structural.matches(inputs[index]) else { return false }
            guard let folded, !needle.isEmpty else { return true }
            return Self.bytes(folded[index], contain: needle)
        }
        rows = (candidates ?? Array(inputs.indices)).filter(passes)
        let columns = kept?.columns ?? InputsColumns(inputs)
        self.columns = columns
        counts = columns.counts(of: rows)
        hiddenTotal = kept?.hiddenTotal ?? columns.hidden.count { $0 }
    }

    /// Whether `needle` occurs in `text`, byte for byte (both lower-cased UTF-8, so a match is a match of
    /// whole characters).
    private static func bytes(_ text: [UInt8], contain needle: [UInt8]) -> Bool {
        let (h, n) = (text.count, needle.count)
        guard n <= h else { return false }
        guard let first = needle.first else { return true }
        var i = 0
        while i <= h - n {
            if text[i] == first {
                var j = 1
                while j < n, text[i + j] == needle[j] { j += 1 }
                if j == n { return true }
            }
            i += 1
        }
        return false
    }

    /// The lower-cased UTF-8 of every text, taken from `previous` where the input at that place still has
    /// the same id and text (comparing a string kept unchanged is instant).
    private static func fold(_ inputs: [Input], reusing previous: InputsIndex?) -> [[UInt8]] {
        func folding(_ input: Input) -> [UInt8] { Array(input.text.lowercased().utf8) }
        guard let previous, let old = previous.folded else { return inputs.map(folding) }
        return inputs.indices.map { i in
            guard i < previous.source.count, previous.source[i].id == inputs[i].id,
                previous.source[i].text == inputs[i].text
            else { return folding(inputs[i]) }
            return old[i]
        }
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

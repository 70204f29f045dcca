extension CaseIterable where Self: Equatable, AllCases == [Self] {
    /// The next case, after the last the first again.
    var next: Self {
        let all = Self.allCases
        return all[((all.firstIndex(of: self) ?? 0) + 1) % all.count]
    }

    /// The next value of an optional choice: unset, then each case in turn, then unset again.
    static func next(after value: Self?) -> Self? {
        guard let value else { return allCases.first }
        return value == allCases.last ? nil : value.next
    }
}

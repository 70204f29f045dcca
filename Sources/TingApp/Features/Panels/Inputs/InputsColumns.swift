import DialogueKit

/// Each input's category, activity, target group and tags as small numbers, made once per change of the
/// inputs: counting the rows a filter passes is then adding integers, not hashing strings.
struct InputsColumns: Sendable {
    /// The ids a column's numbers stand for, and the number of each input (-1: none).
    struct Column: Sendable {
        private(set) var names: [String] = []
        private(set) var values: [Int32] = []
        private var numbers: [String: Int32] = [:]

        /// Adds a value (nil for none) for the next input and returns its number.
        @discardableResult
        mutating func append(_ name: String?) -> Int32 {
            let number = number(of: name)
            values.append(number)
            return number
        }

        /// The number of a name, given one the first time it is met; -1 for nil.
        mutating func number(of name: String?) -> Int32 {
            guard let name else { return -1 }
            if let known = numbers[name] { return known }
            let new = Int32(names.count)
            names.append(name)
            numbers[name] = new
            return new
        }

        /// Counts per name of the values at `rows`, as a dictionary of the names met; how many had none.
        func counts(of rows: [Int]) -> (byName: [String: Int], none: Int) {
            var tally = [Int](repeating: 0, count: names.count)
            var none = 0
            for row in rows {
                let value = values[row]
                if value < 0 { none += 1 } else { tally[Int(value)] += 1 }
            }
            var byName: [String: Int] = [:]
            for (number, count) in tally.enumerated() where count > 0 { byName[names[number]] = count }
            return (byName, none)
        }
    }

    let category: Column
    let activity: Column
    let group: Column
    /// Every tag met, by number; the tags of input `i` are `tagNumbers[tagStart[i]..<tagStart[i + 1]]`.
    let tags: Column
    let tagNumbers: [Int32]
    let tagStart: [Int32]
    let hidden: [Bool]

    init(_ inputs: [Input]) {
        var category = Column()
        var activity = Column()
        var group = Column()
        var tags = Column()
        var tagNumbers: [Int32] = []
        var tagStart: [Int32] = [0]
        var hidden: [Bool] = []
        for input in inputs {
            category.append(input.category)
            activity.append(input.activity)
            group.append(input.group)
            for tag in input.tags { tagNumbers.append(tags.number(of: tag)) }
            tagStart.append(Int32(tagNumbers.count))
            hidden.append(input.hidden != nil)
        }
        (self.category, self.activity, self.group, self.tags) = (category, activity, group, tags)
        (self.tagNumbers, self.tagStart, self.hidden) = (tagNumbers, tagStart, hidden)
    }

    /// The counts of the inputs at `rows`, as `InputCounts(_:)` would count them.
    func counts(of rows: [Int]) -> InputCounts {
        var counts = InputCounts([Input]())
        counts.total = rows.count
        counts.hidden = rows.count { hidden[$0] }
        (counts.byCategory, counts.uncategorised) = category.counts(of: rows)
        counts.byActivity = activity.counts(of: rows).byName
        counts.byGroup = group.counts(of: rows).byName
        var tally = [Int](repeating: 0, count: tags.names.count)
        for row in rows {
            for index in Int(tagStart[row])..<Int(tagStart[row + 1]) { tally[Int(tagNumbers[index])] += 1 }
        }
        for (number, count) in tally.enumerated() where count > 0 { counts.byTag[tags.names[number]] = count }
        return counts
    }
}

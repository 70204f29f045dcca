/// Merges two writers' changes to one JSON file: what changed from `base` to `mine` is applied onto
/// `theirs`. Objects merge member by member; arrays of objects with an identity (`id`, or `phase`)
/// merge element by element (their order, my additions and removals kept); other values are
/// atomic. Where both changed the same value differently, the conflict is recorded and theirs is kept.
struct ThreeWayMerge {
    /// Members that only record when something changed and who changed it: the later (mine) wins.
    static let bookkeepingKeys: Set<String> = ["modifiedAt", "modifiedBy", "lastChange"]
    /// Members that identify an element of an array, tried in order.
    static let identityKeys = ["id", "phase"]

    /// Whose value a conflicting place keeps in the merged tree.
    let prefersMine: Bool
    /// The places where both changed the same value differently.
    private(set) var conflicts: [MergeConflict] = []

    /// The merged tree and its conflicts, which keep theirs (or mine, when `prefersMine`); my additions
    /// are renamed where theirs took the same id.
    static func merge(base: JSONValue, mine: JSONValue, theirs: JSONValue, prefersMine: Bool = false)
        -> (JSONValue, [MergeConflict])
    {
        let renamed = IdentityCollisions.renaming(mine, base: base, theirs: theirs)
        var merge = ThreeWayMerge(prefersMine: prefersMine)
        let merged = merge.merge(base: base, mine: renamed, theirs: theirs, at: []) ?? theirs
        return (merged, merge.conflicts)
    }

    /// One value; nil means absent.
    private mutating func merge(base: JSONValue?, mine: JSONValue?, theirs: JSONValue?, at path: [JSONPathStep])
        -> JSONValue?
    {
        if mine == theirs || theirs == base { return mine }
        if mine == base { return theirs }
        if case .key(let key) = path.last, Self.bookkeepingKeys.contains(key) { return mine }
        if let mineMembers = mine?.members, let theirMembers = theirs?.members {
            return .object(merge(base: base?.members ?? [:], mine: mineMembers, theirs: theirMembers, at: path))
        }
        if let mineElements = mine?.elements, let theirElements = theirs?.elements,
            let identity = Self.identityKey(of: [base?.elements ?? [], mineElements, theirElements])
                ?? Self.ownIdentity(of: [base?.elements ?? [], mineElements, theirElements])
        {
            return .array(
                merge(
                    base: base?.elements ?? [], mine: mineElements, theirs: theirElements, identity: identity,
                    at: path))
        }
        conflicts.append(MergeConflict(path: path, mine: mine, theirs: theirs))
        return prefersMine ? mine : theirs
    }

    private mutating func merge(
        base: [String: JSONValue], mine: [String: JSONValue], theirs: [String: JSONValue], at path: [JSONPathStep]
    ) -> [String: JSONValue] {
        var merged: [String: JSONValue] = [:]
        for key in Set(mine.keys).union(theirs.keys).union(base.keys) {
            merged[key] = merge(base: base[key], mine: mine[key], theirs: theirs[key], at: path + [.key(key)])
        }
        return merged
    }

    private mutating func merge(
        base: [JSONValue], mine: [JSONValue], theirs: [JSONValue], identity: String, at path: [JSONPathStep]
    ) -> [JSONValue] {
        let baseByID = Self.byID(base, identity)
        let mineByID = Self.byID(mine, identity)
        let theirsByID = Self.byID(theirs, identity)
        let baseOrder = Self.ids(base, identity)
        let mineOrder = Self.ids(mine, identity)
        let theirOrder = Self.ids(theirs, identity)
        let mineReordered = Self.common(mineOrder, baseOrder) != Self.common(baseOrder, mineOrder)
        let theirsReordered = Self.common(theirOrder, baseOrder) != Self.common(baseOrder, theirOrder)
        var mineFirst = mineReordered && !theirsReordered
        if mineReordered && theirsReordered
            && Self.common(mineOrder, theirOrder) != Self.common(theirOrder, mineOrder)
        {
            conflicts.append(MergeConflict(path: path, mine: .array(mine), theirs: .array(theirs)))
            mineFirst = prefersMine
        }
        let (skeleton, other) = mineFirst ? (mineOrder, theirOrder) : (theirOrder, mineOrder)
        let order = Self.interleave(skeleton, with: other)
        return order.compactMap { id in
            merge(base: baseByID[id], mine: mineByID[id], theirs: theirsByID[id], at: path + [.element(id)])
        }
    }

    /// `skeleton` with the ids only `other` has: those at the end of `other` at the end, the others
    /// after the id they follow in `other` (or before the one they precede).
    private static func interleave(_ skeleton: [String], with other: [String]) -> [String] {
        var order = skeleton
        var present = Set(skeleton)
        for (index, id) in other.enumerated() where !present.contains(id) {
            let next = other[(index + 1)...].first { present.contains($0) }
            let position =
                if next == nil {
                    order.count
                } else if let previous = other[..<index].last(where: { present.contains($0) }) {
                    order.firstIndex(of: previous).map { $0 + 1 } ?? order.count
                } else {
                    next.flatMap { order.firstIndex(of: $0) } ?? order.count
                }
            order.insert(id, at: position)
            present.insert(id)
        }
        return order
    }

    /// The ids of `order` that `other` also has, in `order`'s order.
    private static func common(_ order: [String], _ other: [String]) -> [String] {
        let others = Set(other)
        return order.filter { others.contains($0) }
    }

    /// The member that identifies every element of every list, each id unique in its list; nil when
    /// there is none (the lists are then atomic values).
    static func identityKey(of lists: [[JSONValue]]) -> String? {
        identityKeys.first { key in
            lists.allSatisfy { list in
                let ids = list.compactMap { $0[key]?.text }
                return ids.count == list.count && Set(ids).count == ids.count
            }
        }
    }

    /// The identity of lists of distinct strings (a group's channels, a goal's indicators): each
    /// string is its own id, so two writers' additions and removals both stay; nil for other lists.
    static func ownIdentity(of lists: [[JSONValue]]) -> String? {
        let distinctStrings = lists.allSatisfy { list in
            let texts = list.compactMap(\.text)
            return texts.count == list.count && Set(texts).count == texts.count
        }
        return distinctStrings ? wholeValue : nil
    }

    /// The identity that stands for "the element itself", for lists of distinct strings.
    static let wholeValue = ""

    /// The id of one element under `identity`.
    static func id(of element: JSONValue, _ identity: String) -> String? {
        identity == wholeValue ? element.text : element[identity]?.text
    }

    static func ids(_ list: [JSONValue], _ identity: String) -> [String] {
        list.compactMap { id(of: $0, identity) }
    }

    static func byID(_ list: [JSONValue], _ identity: String) -> [String: JSONValue] {
        Dictionary(list.compactMap { element in id(of: element, identity).map { ($0, element) } }) { first, _ in
            first
        }
    }
}

/// When both writers added an element with the same id to a list (ids are numbered per list, so two
/// new goals are both `g4`), my element gets the next free id, and my references to it follow, so
/// the merge keeps both instead of seeing one element changed two ways.
enum IdentityCollisions {
    /// Lists whose ids are names, not numbers (a theme response is its tag, a publication its moment, a
    /// method note its method): both writers adding one id there mean the same entry, merged field by field
    /// (a conflict with both values where they differ), never renamed into an entry for something else.
    static let namedLists: Set<String> = ["themeResponses", "publications", "methodNotes"]

    /// `mine` with each colliding addition, and every value of mine that names it, renamed.
    static func renaming(_ mine: JSONValue, base: JSONValue, theirs: JSONValue) -> JSONValue {
        var renames: [String: String] = [:]
        collect(base: base, mine: mine, theirs: theirs, into: &renames)
        return renames.isEmpty ? mine : rename(mine, base: base, renames)
    }

    private static func collect(
        base: JSONValue?, mine: JSONValue, theirs: JSONValue?, into renames: inout [String: String]
    ) {
        if let members = mine.members {
            for (key, value) in members where !namedLists.contains(key) {
                collect(base: base?[key], mine: value, theirs: theirs?[key], into: &renames)
            }
            return
        }
        guard let mineList = mine.elements, let theirList = theirs?.elements else { return }
        let baseList = base?.elements ?? []
        guard let identity = ThreeWayMerge.identityKey(of: [baseList, mineList, theirList]) else { return }
        let baseByID = ThreeWayMerge.byID(baseList, identity)
        let theirsByID = ThreeWayMerge.byID(theirList, identity)
        var taken = Set(baseByID.keys).union(ThreeWayMerge.ids(mineList, identity)).union(theirsByID.keys)
        for element in mineList {
            guard let id = element[identity]?.text else { continue }
            let theirElement = theirsByID[id]
            if baseByID[id] == nil, let theirElement, theirElement != element {
                let fresh = freeID(after: id, taken: taken)
                taken.insert(fresh)
                renames[id] = fresh
            } else {
                collect(base: baseByID[id], mine: element, theirs: theirElement, into: &renames)
            }
        }
    }

    /// Renames every string of `value` that is a renamed id, except where `base` holds the same string.
    private static func rename(_ value: JSONValue, base: JSONValue?, _ renames: [String: String]) -> JSONValue {
        switch value {
        case .string(let text):
            guard let fresh = renames[text], base != value else { return value }
            return .string(fresh)
        case .object(let members):
            return .object(
                Dictionary(
                    uniqueKeysWithValues: members.map { key, member in
                        (key, rename(member, base: base?[key], renames))
                    }))
        case .array(let elements):
            let baseList = base?.elements ?? []
            let identity = ThreeWayMerge.identityKey(of: [baseList, elements])
            let baseByID = identity.map { ThreeWayMerge.byID(baseList, $0) }
            return .array(
                elements.enumerated().map { index, element in
                    let baseElement =
                        if let identity, let baseByID {
                            element[identity]?.text.flatMap { baseByID[$0] }
                        } else {
                            baseList.indices.contains(index) ? baseList[index] : nil
                        }
                    return rename(element, base: baseElement, renames)
                })
        default:
            return value
        }
    }

    /// The next id after the highest with the same prefix (`g4` → `g5`), or `id-2`, `id-3` … for an id
    /// that does not end in a number.
    private static func freeID(after id: String, taken: Set<String>) -> String {
        let prefix = String(id.reversed().drop { $0.isNumber }.reversed())
        if prefix.count < id.count {
            let highest = taken.compactMap { $0.hasPrefix(prefix) ? Int($0.dropFirst(prefix.count)) : nil }.max() ?? 0
            return "\(prefix)\(highest + 1)"
        }
        var number = 2
        while taken.contains("\(id)-\(number)") { number += 1 }
        return "\(id)-\(number)"
    }
}

import Foundation

/// The three JSON trees of a merge. Theirs is the file on disk as this Ting reads it (missing
/// members filled in as decoding fills them), with every member this Ting does not know put back,
/// so that a file written by an older Ting merges like any other and a newer Ting's keys are kept.
struct MergeTrees {
    let base: JSONValue
    let mine: JSONValue
    let theirs: JSONValue

    /// Parses the encodings of base and mine, the file on disk, and the encoding of its dialogue
    /// (nil when that is the base); nil when one is not JSON.
    init?(base: Data, mine: Data, theirs disk: Data, theirsModel: Data?) {
        guard let base = try? DialogueCoding.decodeJSON(from: base),
            let mine = try? DialogueCoding.decodeJSON(from: mine),
            let raw = try? DialogueCoding.decodeJSON(from: disk),
            let model = try? theirsModel.map(DialogueCoding.decodeJSON(from:)) ?? base
        else { return nil }
        self.base = base
        self.mine = mine
        self.theirs = Self.overlay(unknownOf: raw, onto: model)
    }

    /// `model` with the members of `raw` it lacks, in objects and in list elements matched by identity.
    static func overlay(unknownOf raw: JSONValue, onto model: JSONValue) -> JSONValue {
        if let modelMembers = model.members, let rawMembers = raw.members {
            var members = modelMembers
            for (key, value) in rawMembers {
                members[key] = modelMembers[key].map { overlay(unknownOf: value, onto: $0) } ?? value
            }
            return .object(members)
        }
        if let modelList = model.elements, let rawList = raw.elements,
            let identity = ThreeWayMerge.identityKey(of: [modelList, rawList])
        {
            let rawByID = ThreeWayMerge.byID(rawList, identity)
            return .array(
                modelList.map { element in
                    guard let raw = element[identity]?.text.flatMap({ rawByID[$0] }) else { return element }
                    return overlay(unknownOf: raw, onto: element)
                })
        }
        return model
    }
}

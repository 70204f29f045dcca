import Foundation
import Testing

@testable import DialogueKit

/// The structural merge on small JSON trees: objects by key, lists of objects by id, other values
/// whole, and the places where both changed the same value.
struct ThreeWayMergeTests {
    private func json(_ text: String) throws -> JSONValue {
        try DialogueCoding.decodeJSON(from: Data(text.utf8))
    }

    private func merge(_ base: String, _ mine: String, _ theirs: String, prefersMine: Bool = false) throws
        -> (JSONValue, [MergeConflict])
    {
        ThreeWayMerge.merge(
            base: try json(base), mine: try json(mine), theirs: try json(theirs), prefersMine: prefersMine)
    }

    @Test func differentKeysAreBothKept() throws {
        let (merged, conflicts) = try merge(#"{"a": 1, "b": 1}"#, #"{"a": 2, "b": 1}"#, #"{"a": 1, "b": 3}"#)
        #expect(merged == (try json(#"{"a": 2, "b": 3}"#)))
        #expect(conflicts.isEmpty)
    }

    @Test func theSameKeyChangedTwoWaysIsAConflictKeepingTheirsOrMine() throws {
        let (theirs, conflicts) = try merge(#"{"a": 1}"#, #"{"a": 2}"#, #"{"a": 3}"#)
        #expect(theirs == (try json(#"{"a": 3}"#)))
        #expect(conflicts == [MergeConflict(path: [.key("a")], mine: .integer(2), theirs: .integer(3))])
        let (mine, _) = try merge(#"{"a": 1}"#, #"{"a": 2}"#, #"{"a": 3}"#, prefersMine: true)
        #expect(mine == (try json(#"{"a": 2}"#)))
    }

    @Test func bookkeepingFollowsMineWithoutAConflict() throws {
        let (merged, conflicts) = try merge(
            #"{"modifiedAt": "1", "x": [{"id": "i", "v": 1, "lastChange": {"by": "a"}}]}"#,
            #"{"modifiedAt": "2", "x": [{"id": "i", "v": 2, "lastChange": {"by": "eva"}}]}"#,
            #"{"modifiedAt": "3", "x": [{"id": "i", "v": 2, "lastChange": {"by": "anna"}}]}"#)
        #expect(conflicts.isEmpty)
        #expect(merged == (try json(#"{"modifiedAt": "2", "x": [{"id": "i", "v": 2, "lastChange": {"by": "eva"}}]}"#)))
    }

    @Test func listsMergeByIDInTheirOrderWithMyAdditionsAndRemovals() throws {
        let (merged, conflicts) = try merge(
            #"[{"id": "a"}, {"id": "b"}, {"id": "c"}]"#,
            #"[{"id": "a"}, {"id": "n"}, {"id": "c"}]"#,
            #"[{"id": "c"}, {"id": "a"}, {"id": "b", "x": 1}, {"id": "t"}]"#)
        #expect(conflicts.map(\.path) == [[.element("b")]], "mine removed b, theirs changed it")
        #expect(
            ThreeWayMerge.ids(merged.elements ?? [], "id") == ["c", "a", "n", "b", "t"],
            "theirs' order, my n after a, their t at the end")
    }

    @Test func myReorderIsKeptWhenTheirsKeptTheOrder() throws {
        let (merged, conflicts) = try merge(
            #"[{"id": "a"}, {"id": "b"}]"#, #"[{"id": "b"}, {"id": "a"}]"#, #"[{"id": "a"}, {"id": "b"}, {"id": "t"}]"#)
        #expect(conflicts.isEmpty)
        #expect(ThreeWayMerge.ids(merged.elements ?? [], "id") == ["b", "a", "t"])
    }

    @Test func bothReorderingDifferentlyIsAConflict() throws {
        let (_, conflicts) = try merge(
            #"[{"id": "a"}, {"id": "b"}, {"id": "c"}]"#, #"[{"id": "c"}, {"id": "a"}, {"id": "b"}]"#,
            #"[{"id": "b"}, {"id": "a"}, {"id": "c"}]"#)
        #expect(conflicts.map(\.path) == [[]])
    }

    @Test func listsOfDistinctStringsKeepBothWritersAdditionsAndRemovals() throws {
        let (merged, conflicts) = try merge(
            #"{"c": ["SMS", "affisch"]}"#, #"{"c": ["SMS", "affisch", "brev"]}"#, #"{"c": ["mejl", "SMS"]}"#)
        #expect(conflicts.isEmpty)
        #expect(merged == (try json(#"{"c": ["mejl", "SMS", "brev"]}"#)))
    }

    @Test func listsWithoutIdentityAreWholeValues() throws {
        let (_, conflicts) = try merge(#"{"c": [1]}"#, #"{"c": [1, 2]}"#, #"{"c": [3]}"#)
        #expect(conflicts.map(\.path) == [[.key("c")]])
        let (_, repeated) = try merge(#"{"c": ["a"]}"#, #"{"c": ["a", "a"]}"#, #"{"c": ["b"]}"#)
        #expect(repeated.map(\.path) == [[.key("c")]], "a list with a string twice is no set")
    }

    @Test func phasesAreIdentifiedByTheirPhase() throws {
        let (merged, conflicts) = try merge(
            #"[{"phase": "decision", "items": [{"id": "x"}, {"id": "y"}]}]"#,
            #"[{"phase": "decision", "items": [{"id": "x", "done": true}, {"id": "y"}]}]"#,
            #"[{"phase": "decision", "items": [{"id": "x"}, {"id": "y", "done": true}]}]"#)
        #expect(conflicts.isEmpty)
        #expect(
            merged
                == (try json(
                    #"[{"phase": "decision", "items": [{"id": "x", "done": true}, {"id": "y", "done": true}]}]"#)))
    }
}

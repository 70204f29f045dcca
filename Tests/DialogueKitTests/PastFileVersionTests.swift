import Foundation
import Testing

@testable import DialogueKit

/// Every past dialogue file version, kept as a fixture in `Fixtures/`, opens without loss in this Ting.
@Suite struct PastFileVersionTests {
    /// The bytes of a fixture file.
    static func fixture(_ name: String) throws -> Data {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
        return try Data(contentsOf: folder.appendingPathComponent(name))
    }

    /// The example dialogue as Ting wrote it before activities were held events and inputs existed (issue 7).
    @Test func aFileFromBeforeInputsOpensWithActivitiesAsHeldEventsAndNoInputs() throws {
        let data = try Self.fixture("issue7-example.json")
        let dialogue = try DialogueCoding.decodeDialogue(from: data)
        #expect(dialogue.inputs.isEmpty && dialogue.contacts.isEmpty)
        #expect(dialogue.inputCategories == InputCategory.standard)
        let first = try #require(dialogue.planning.activities.first)
        #expect(first.start == ClockTime("13.00") && first.end == ClockTime("14.30") && first.time == "")
        #expect(first.timeText == "13.00–14.30")
        #expect(first.status == .planned && first.agenda.isEmpty && first.runSheet.isEmpty)
        #expect(first.attendance.isEmpty && first.kind == "")
        #expect(dialogue.planning.sideIssues.allSatisfy { $0.fromInput == nil })
        // Nothing the old file held is lost: every member of it is still in the new encoding.
        let old = try DialogueCoding.decodeJSON(from: data)
        let new = try DialogueCoding.decodeJSON(from: DialogueCoding.encodeDialogue(dialogue))
        #expect(Self.lostMembers(from: old, in: new, at: "") == ["/planning/activities/*/time"])
    }

    @Test func aFreeTextTimeThatIsNoTimeSpanIsKeptAsWritten() throws {
        let json = #"{"id":"a1","title":"Möte","time":"efter skolan","place":"","method":"","accessibility":""}"#
        let activity = try JSONDecoder().decode(Activity.self, from: Data(json.utf8))
        #expect(activity.time == "efter skolan" && activity.start == nil && activity.timeText == "efter skolan")
    }

    /// Paths of members of `old` whose value `new` no longer holds (list elements matched by position, as `*`).
    static func lostMembers(from old: JSONValue, in new: JSONValue, at path: String) -> Set<String> {
        if let members = old.members {
            var lost: Set<String> = []
            for (key, value) in members {
                guard let newValue = new.members?[key] else {
                    lost.insert("\(path)/\(key)")
                    continue
                }
                lost.formUnion(lostMembers(from: value, in: newValue, at: "\(path)/\(key)"))
            }
            return lost
        }
        if let elements = old.elements, let newElements = new.elements, elements.count == newElements.count {
            return zip(elements, newElements).reduce(into: []) {
                $0.formUnion(lostMembers(from: $1.0, in: $1.1, at: "\(path)/*"))
            }
        }
        return old == new ? [] : [path]
    }
}

import DialogueKit
import Testing

@Suite struct PlanningIDTests {
    @Test func theNextIDFollowsTheHighestNumber() {
        #expect(Planning.nextID(prefix: "g", after: ["g1", "g3", "r9"]) == "g4")
        #expect(Planning.nextID(prefix: "g", after: []) == "g1")
    }

    /// An id at Int.max in a hand-edited file trapped when the next goal was added.
    @Test func theNextIDAfterTheLargestNumberDoesNotTrap() {
        #expect(Planning.nextID(prefix: "g", after: ["g1", "g\(Int.max)"]) == "g2")
    }
}

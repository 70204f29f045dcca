import DialogueKit
import Testing

/// Numbers a dialogue file can hold at the ends of what Int counts: used in arithmetic, none traps.
@Suite struct NumbersFromFilesTests {
    @Test func theNextIDFollowsTheHighestNumber() {
        #expect(Planning.nextID(prefix: "g", after: ["g1", "g3", "r9"]) == "g4")
        #expect(Planning.nextID(prefix: "g", after: []) == "g1")
    }

    /// An id at Int.max in a hand-edited file trapped when the next goal was added.
    @Test func theNextIDAfterTheLargestNumberDoesNotTrap() {
        #expect(Planning.nextID(prefix: "g", after: ["g1", "g\(Int.max)"]) == "g2")
    }

    /// A level's degree comes from the dialogue file: Int.min trapped when the method cards were ranked.
    @Test(arguments: [Int.min, Int.max])
    func methodCardsRankForAnyDegree(degree: Int) {
        #expect(MethodCatalog.ranked(MethodCatalog.builtIn, degree: degree).count == MethodCatalog.builtIn.count)
    }
}

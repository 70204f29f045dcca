import DialogueKit
import Foundation
import Testing

/// The Målgrupper panel in the real binary: groups added and moved in the grid reach the file.
@Suite(.serialized)
struct GroupsEndToEndTests {
    /// Creates a Helsingborg dialogue, adds two groups on the Målgrupper panel, moves one into
    /// the priority corner (bottom right in Helsingborg's drawing), quits and reads the file.
    @Test func addTwoGroupsAndMoveOneIntoThePriorityQuadrant() throws {
        let folder = try TingBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try TingBinary.newDialogue(["--template", "helsingborg", "--title", "Lekplats i Råå"], in: folder)
        do {
            let tui = try TmuxSession.ting(in: folder)
            try tui.openDialogue("Lekplats i Råå")
            try tui.send("2")
            try tui.waitFor("Checklista")
            try tui.send("]")
            try tui.waitFor("Berörd: hög")
            // From the priority corner (bottom right) up to priority 2, and add a group there.
            try tui.send("k", "a")
            try tui.waitFor("Ny målgrupp i prioritet 2")
            try tui.type("Föräldrar")
            try tui.send("Enter")
            try tui.waitFor("▶Föräldrar")
            // Left to priority 3, and add a second group.
            try tui.send("h", "a")
            try tui.waitFor("Ny målgrupp i prioritet 3")
            try tui.type("Unga 13–19")
            try tui.send("Enter")
            try tui.waitFor("▶Unga 13–19")
            // Back to "Föräldrar" and move it down into the priority corner.
            try tui.send("l", "J")
            try tui.waitFor("Föräldrar · Prioritet 1")
            try tui.send("q")
            try tui.waitFor("Ting · Invånardialoger")
            try tui.send("q")
            try tui.waitFor("[exit 0]")
        }
        let groups = try TingBinary.onlyDialogue(in: folder).planning.targetGroups
        #expect(groups.map(\.name) == ["Föräldrar", "Unga 13–19"])
        #expect(groups.first?.affected == .high && groups.first?.activity == .low)
        #expect(groups.first?.priority == 1)
        #expect(groups.last?.affected == .low && groups.last?.activity == .high)
    }
}

import DialogueKit
import Foundation
import TerminalKit
import Testing

@testable import TingApp

/// The library's Nästa column: the next thing due in each dialogue, an overdue one marked `!` as well as
/// by colour, and the selected dialogue's next thing in words under the list.
struct LibraryNextDueSnapshotTests {
    /// Fixtures.now is 2027-01-15.
    static func state(size: Size) throws -> AppState {
        var state = AppState(
            size: size, templates: [Fixtures.template], libraryPath: "/tmp/bibliotek", actor: "anna",
            now: Fixtures.now)
        var late = Fixtures.dialogue(title: "Lekplats i Råå")
        late.followUp.feedbackRounds = [
            FeedbackRound(id: "a1", audience: FeedbackAudience.participantsID, plannedOn: LocalDate("2027-01-10")),
            FeedbackRound(id: "a2", audience: "invanarna", plannedOn: LocalDate("2027-02-01")),
        ]
        let meeting = late.addActivity(title: "Dialogmöte i Råå", at: Fixtures.now)
        var held = try #require(late.planning.activities.first { $0.id == meeting })
        held.date = LocalDate("2027-01-12")
        late.updateActivity(held, at: Fixtures.now)
        var coming = Fixtures.dialogue(title: "Trygghet på Söder")
        let id = coming.addActivity(title: "Workshop med föräldrar", at: Fixtures.now)
        var workshop = try #require(coming.planning.activities.first { $0.id == id })
        workshop.date = LocalDate("2027-01-20")
        coming.updateActivity(workshop, at: Fixtures.now)
        _ = update(
            &state,
            .libraryListed([
                .dialogue(DialogueSummary(stem: "lekplats-i-raa", dialogue: late, isReadOnly: false)),
                .dialogue(
                    DialogueSummary(
                        stem: "ny-forskola", dialogue: Fixtures.dialogue(title: "Ny förskola"), isReadOnly: false)),
                .dialogue(DialogueSummary(stem: "trygghet-pa-soder", dialogue: coming, isReadOnly: false)),
            ]))
        return state
    }

    @Test(arguments: [Size(width: 80, height: 24), Size(width: 120, height: 40), Size(width: 40, height: 12)])
    func theNextThingDueInEachDialogue(size: Size) throws {
        var state = try Self.state(size: size)
        let frame = AppView.render(state)
        Snapshot.assertMatches(frame, named: "library-next-due-\(size.width)x\(size.height)")
        if size.width >= 80 {
            let lines = frame.buffer.lines
            #expect(lines.contains { $0.contains("Lekplats i Råå") && $0.contains("! 2027-01-10 Återkopp") })
            #expect(lines.contains { $0.contains("Trygghet på Söder") && $0.contains(" 2027-01-20 Workshop") })
            #expect(!lines.contains { $0.contains("! 2027-01-20") }, "what is still to come is not marked")
            #expect(
                lines.contains {
                    $0.contains("! Försenad: 2027-01-10 Återkoppling till deltagarna · även försenat: Dialogmö")
                })
        }
        if size.width >= 120 {
            #expect(
                frame.buffer.lines.contains {
                    $0.trimmingCharacters(in: .whitespaces).hasSuffix("· även försenat: Dialogmöte i Råå")
                })
        }
        _ = update(&state, .keyPressed(.end))
        Snapshot.assertMatches(AppView.render(state), named: "library-next-due-upcoming-\(size.width)x\(size.height)")
    }

    @Test func theOverdueCellIsInTheWarningColourAndTheHelpSaysWhatTheSignMeans() throws {
        var state = try Self.state(size: Size(width: 80, height: 24))
        _ = update(&state, .keyPressed(.end))
        let buffer = AppView.render(state).buffer
        let row = try #require(buffer.lines.firstIndex { $0.contains("Lekplats i Råå") })
        let x = try #require(
            buffer.lines[row].range(of: "! 2027").map {
                buffer.lines[row].distance(from: buffer.lines[row].startIndex, to: $0.lowerBound)
            })
        #expect(buffer[x, row].style.role == .warning)
        _ = update(&state, .keyPressed(.character("?")))
        let help = AppView.render(state).buffer.lines.joined(separator: "\n")
        #expect(help.contains("!                försenat: datumet har passerat (i Fas och i Nästa)"))
    }
}

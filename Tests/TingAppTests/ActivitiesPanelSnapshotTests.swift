import DialogueKit
import TerminalKit
import Testing

@testable import TingApp

/// The Genomförande panel Aktiviteter rendered and compared with golden files: the list, and an
/// activity's agenda (running over), run sheet, attendance and kind picker.
struct ActivitiesPanelSnapshotTests {
    private typealias F = PanelFixtures
    private typealias A = ActivitiesPanelFixtures

    private func name(_ base: String, _ size: Size) -> String { "\(base)-\(size.width)x\(size.height)" }

    /// The fixture's activities, the workshop open on `section` (reached with Tab).
    private func open(_ section: ActivitySection, size: Size, then keys: [Key] = []) -> AppState {
        var state = A.state(size: size)
        _ = F.press([.enter] + Array(repeating: Key.tab, count: section.rawValue) + keys, on: &state)
        return state
    }

    @Test(arguments: PanelScreenSnapshotTests.sizes)
    func activitiesList(size: Size) {
        Snapshot.assertMatches(AppView.render(A.state(size: size)), named: name("activities-list", size))
    }

    @Test(arguments: PanelScreenSnapshotTests.sizes)
    func agendaRunningOver(size: Size) {
        // A fourth point of 20 minutes: 125 minutes in the two hours.
        let keys: [Key] =
            [.character("a")] + F.type("Fika") + [.enter, .down, .enter] + F.type("20") + [.enter, .escape]
        Snapshot.assertMatches(
            AppView.render(open(.agenda, size: size, then: keys)), named: name("activities-agenda", size))
    }

    @Test(arguments: [Size(width: 80, height: 24), Size(width: 120, height: 40)])
    func detailsRunSheetAndAttendance(size: Size) {
        Snapshot.assertMatches(AppView.render(open(.details, size: size)), named: name("activities-details", size))
        Snapshot.assertMatches(AppView.render(open(.runSheet, size: size)), named: name("activities-runsheet", size))
        Snapshot.assertMatches(
            AppView.render(open(.attendance, size: size)), named: name("activities-attendance", size))
    }

    @Test func formsAndPickers() {
        let size = Size(width: 80, height: 24)
        Snapshot.assertMatches(
            AppView.render(open(.details, size: size, then: [.down, .enter])), named: "activities-kind-80x24")
        Snapshot.assertMatches(
            AppView.render(open(.agenda, size: size, then: [.down, .enter])), named: "activities-agenda-form-80x24")
        Snapshot.assertMatches(
            AppView.render(open(.notes, size: size, then: [.character("a")] + F.type("Många vill ha fler gungor."))),
            named: "activities-notes-typing-80x24")
        let contactKeys: [Key] =
            [.character("a")] + F.type("Anna Berg") + [.enter, .down, .down, .enter]
            + F.type("återkoppling om beslutet")
        Snapshot.assertMatches(
            AppView.render(open(.contacts, size: size, then: contactKeys)), named: "activities-contact-form-80x24")
    }
}

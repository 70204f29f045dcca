import DialogueKit

/// One count of an activity's attendance as a row of the Närvaro section: the total, each target group
/// of the Målgrupper grid, then the optional tallies by age band and gender.
struct AttendanceRow: Equatable, Sendable {
    let count: AttendanceCount
    /// What is counted, e.g. "Målgrupp: Föräldrar".
    let label: String

    /// The age bands offered for the process goals (Vänersborg: "fördelning av kön och ålder").
    static let ageBands = ["0-17", "18-29", "30-64", "65+"]
    /// The genders offered; a file may hold others, which are listed too.
    static let genders = ["kvinna", "man", "annat eller vill inte säga"]

    /// The rows for an activity in a dialogue: every target group, standard band and gender, and any
    /// other tally the file holds (written by the CLI or by a group since removed), so nothing counted is hidden.
    static func rows(for activity: Activity, in dialogue: Dialogue) -> [AttendanceRow] {
        let s = UIStrings.swedish
        let groups = dialogue.planning.targetGroups
        let attendance = activity.attendance
        let formerGroups = attendance.byGroup.keys.filter { id in !groups.contains { $0.id == id } }.sorted()
        let otherBands = attendance.byAgeBand.keys.filter { !ageBands.contains($0) }.sorted()
        let otherGenders = attendance.byGender.keys.filter { !genders.contains($0) }.sorted()
        return [AttendanceRow(count: .total, label: s.attendanceTotal)]
            + groups.map { AttendanceRow(count: .group($0.id), label: "\(s.attendanceGroup): \($0.name)") }
            + formerGroups.map { AttendanceRow(count: .group($0), label: "\(s.attendanceGroup): \($0)") }
            + (ageBands + otherBands).map { AttendanceRow(count: .ageBand($0), label: "\(s.attendanceAge): \($0)") }
            + (genders + otherGenders).map { AttendanceRow(count: .gender($0), label: "\(s.attendanceGender): \($0)") }
    }
}

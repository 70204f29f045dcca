/// One phase in a JSON report: its title, progress and scheduled dates.
struct ReportPhase: Encodable {
    let phase: Phase
    let title: String
    let progress: ChecklistProgress
    let start: LocalDate?
    let end: LocalDate?

    init(_ checklist: PhaseChecklist, schedule: (start: LocalDate?, end: LocalDate?)) {
        self.phase = checklist.phase
        self.title = checklist.title
        self.progress = checklist.progress
        self.start = schedule.start
        self.end = schedule.end
    }
}

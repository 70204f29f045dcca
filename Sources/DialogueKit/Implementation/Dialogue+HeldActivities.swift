import Foundation

/// An activity as a held event: its status, agenda, run sheet, attendance, notes, documentation and
/// organisations. Every edit records who made it and when; an unknown activity id is refused.
extension Dialogue {
    /// The activity with this id.
    public func activity(_ id: String) -> Activity? {
        planning.activities.first { $0.id == id }
    }

    /// Adds an activity of a kind on a date, with the standard run sheet; returns its new id (`a1`, …).
    @discardableResult
    public mutating func addActivity(
        title: String, kind: String, date: LocalDate?, start: ClockTime? = nil, end: ClockTime? = nil,
        place: String = "", by actor: String, at now: Date
    ) -> String {
        let id = appendEntry(to: \.activities, prefix: "a", at: now) {
            Activity(
                id: $0, title: title, kind: kind, date: date, start: start, end: end, place: place,
                runSheet: RunSheetItem.defaults)
        }
        markModified(by: actor, at: now)
        return id
    }

    /// Sets whether an activity is planned, held or cancelled; false when it already was so.
    @discardableResult
    public mutating func setStatus(_ status: ActivityStatus, ofActivity id: String, by actor: String, at now: Date)
        throws(DialogueError) -> Bool
    {
        try editActivity(id, by: actor, at: now) { $0.status = status }
    }

    /// Sets the minutes and notes of an activity; false when they already were so.
    @discardableResult
    public mutating func setNotes(_ notes: String, ofActivity id: String, by actor: String, at now: Date)
        throws(DialogueError) -> Bool
    {
        try editActivity(id, by: actor, at: now) { $0.notes = notes }
    }

    /// Sets one count of an activity's attendance (nil clears it; a negative count is taken as zero);
    /// a group count needs a target group the dialogue has. False when it already was so.
    @discardableResult
    public mutating func setAttendance(
        _ value: Int?, for count: AttendanceCount = .total, ofActivity id: String, by actor: String, at now: Date
    ) throws(DialogueError) -> Bool {
        if case .group(let group) = count, !planning.targetGroups.contains(where: { $0.id == group }) {
            throw .noSuchTargetGroup(group)
        }
        return try editActivity(id, by: actor, at: now) { $0.attendance[count] = value.map { max(0, $0) } }
    }

    /// Counts one more (step +1) or one less (step -1) on a count of an activity's attendance, never
    /// below zero; returns the new count.
    @discardableResult
    public mutating func adjustAttendance(
        _ count: AttendanceCount = .total, ofActivity id: String, step: Int, by actor: String, at now: Date
    ) throws(DialogueError) -> Int {
        let current = activity(id)?.attendance[count] ?? 0
        let value = max(0, current.addingReportingOverflow(step).overflow ? current : current + step)
        try setAttendance(value, for: count, ofActivity: id, by: actor, at: now)
        return value
    }

    /// Adds a point at the end of an activity's agenda; returns its id (`p1`, `p2`, …).
    @discardableResult
    public mutating func addAgendaPoint(
        title: String, minutes: Int? = nil, leader: String = "", toActivity id: String, by actor: String,
        at now: Date
    ) throws(DialogueError) -> String {
        var point = ""
        _ = try editActivity(id, by: actor, at: now) { activity in
            point = Planning.nextID(prefix: "p", after: activity.agenda.map(\.id))
            activity.agenda.append(
                AgendaPoint(id: point, title: title, minutes: minutes.map { max(0, $0) }, leader: leader))
        }
        return point
    }

    /// Replaces the agenda point with the same id; false when it already was so.
    @discardableResult
    public mutating func updateAgendaPoint(
        _ point: AgendaPoint, inActivity id: String, by actor: String, at now: Date
    ) throws(DialogueError) -> Bool {
        try editAgenda(of: id, point: point.id, by: actor, at: now) { _ = $0.replace(point) }
    }

    /// Moves an agenda point `offset` places later (negative: earlier), stopping at the ends.
    @discardableResult
    public mutating func moveAgendaPoint(
        _ point: String, by offset: Int, inActivity id: String, actor: String, at now: Date
    ) throws(DialogueError) -> Bool {
        try editAgenda(of: id, point: point, by: actor, at: now) { _ = $0.move(id: point, by: offset) }
    }

    /// Removes a point from an activity's agenda (inputs captured under it keep its id).
    @discardableResult
    public mutating func removeAgendaPoint(_ point: String, fromActivity id: String, by actor: String, at now: Date)
        throws(DialogueError) -> Bool
    {
        try editAgenda(of: id, point: point, by: actor, at: now) { _ = $0.remove(id: point) }
    }

    /// Adds an item at the end of an activity's run sheet; returns its id (`k1`, `k2`, …).
    @discardableResult
    public mutating func addRunSheetItem(_ text: String, toActivity id: String, by actor: String, at now: Date)
        throws(DialogueError) -> String
    {
        var item = ""
        _ = try editActivity(id, by: actor, at: now) { activity in
            item = Planning.nextID(prefix: "k", after: activity.runSheet.map(\.id))
            activity.runSheet.append(RunSheetItem(id: item, text: text))
        }
        return item
    }

    /// Ticks (or unticks) an item of an activity's run sheet; false when it already was so.
    @discardableResult
    public mutating func setRunSheetItem(
        _ item: String, done: Bool, inActivity id: String, by actor: String, at now: Date
    ) throws(DialogueError) -> Bool {
        guard let activity = activity(id) else { throw .noSuchActivity(id) }
        guard let index = activity.runSheet.firstIndex(where: { $0.id == item }) else {
            throw .noSuchRunSheetItem(item, activity: id)
        }
        return try editActivity(id, by: actor, at: now) { $0.runSheet[index].isDone = done }
    }

    /// Removes an item from an activity's run sheet.
    @discardableResult
    public mutating func removeRunSheetItem(_ item: String, fromActivity id: String, by actor: String, at now: Date)
        throws(DialogueError) -> Bool
    {
        guard let activity = activity(id) else { throw .noSuchActivity(id) }
        guard activity.runSheet.contains(where: { $0.id == item }) else {
            throw .noSuchRunSheetItem(item, activity: id)
        }
        return try editActivity(id, by: actor, at: now) { _ = $0.runSheet.remove(id: item) }
    }

    /// Adds a path or URL to an activity's documentation (once); false when it was there.
    @discardableResult
    public mutating func addDocumentation(_ link: String, toActivity id: String, by actor: String, at now: Date)
        throws(DialogueError) -> Bool
    {
        let link = link.trimmingCharacters(in: .whitespacesAndNewlines)
        return try editActivity(id, by: actor, at: now) { activity in
            if !link.isEmpty, !activity.documentation.contains(link) { activity.documentation.append(link) }
        }
    }

    /// Adds a contributing organisation to an activity (once); false when it was there.
    @discardableResult
    public mutating func addOrganisation(_ name: String, toActivity id: String, by actor: String, at now: Date)
        throws(DialogueError) -> Bool
    {
        let name = name.trimmingCharacters(in: .whitespacesAndNewlines)
        return try editActivity(id, by: actor, at: now) { activity in
            if !name.isEmpty, !activity.organisations.contains(name) { activity.organisations.append(name) }
        }
    }

    /// Applies `change` to the agenda of an activity, refusing an unknown point.
    private mutating func editAgenda(
        of id: String, point: String, by actor: String, at now: Date, _ change: (inout [AgendaPoint]) -> Void
    ) throws(DialogueError) -> Bool {
        guard let activity = activity(id) else { throw .noSuchActivity(id) }
        guard activity.agenda.contains(where: { $0.id == point }) else {
            throw .noSuchAgendaPoint(point, activity: id)
        }
        return try editActivity(id, by: actor, at: now) { change(&$0.agenda) }
    }

    /// Applies `change` to the activity with this id; records the change when it changed anything.
    private mutating func editActivity(
        _ id: String, by actor: String, at now: Date, _ change: (inout Activity) -> Void
    ) throws(DialogueError) -> Bool {
        guard let index = planning.activities.firstIndex(where: { $0.id == id }) else { throw .noSuchActivity(id) }
        let before = planning.activities[index]
        change(&planning.activities[index])
        guard planning.activities[index] != before else { return false }
        markModified(by: actor, at: now)
        return true
    }
}

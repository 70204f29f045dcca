import Foundation

/// An activity of the dialogue, planned and then held: a dialogue meeting, a workshop, a walk, a survey.
public struct Activity: Codable, Equatable, Sendable, Identifiable {
    public var id: String
    public var title: String
    /// The kind of activity, an id such as `möte` or `workshop` (see `ActivityKind.standard`); may be empty.
    public var kind: String
    public var date: LocalDate?
    /// When it starts and ends on its date.
    public var start: ClockTime?
    public var end: ClockTime?
    /// Time of day as written, kept when it is not a start and end time (files before start and end existed).
    public var time: String
    public var place: String
    /// The method card the activity carries out, if one was chosen.
    public var method: String
    public var expectedParticipants: Int?
    /// Accessibility notes (tillgänglighet).
    public var accessibility: String
    /// The phase the activity belongs to, such as a feedback meeting in Återkoppling; nil (and
    /// files saved before activities had a phase) means Genomförande.
    public var phase: Phase?
    public var status: ActivityStatus
    /// The agenda, in order.
    public var agenda: [AgendaPoint]
    /// The activity's own checklist (room, microphone, interpreter …).
    public var runSheet: [RunSheetItem]
    /// How many took part, counted.
    public var attendance: Attendance
    /// Minutes and notes from the activity.
    public var notes: String
    /// Photos, flip-chart pictures and files from the activity: paths or URLs.
    public var documentation: [String]
    /// Organisations that contributed (föreningar, skolor …).
    public var organisations: [String]

    public init(
        id: String, title: String, kind: String = "", date: LocalDate? = nil, start: ClockTime? = nil,
        end: ClockTime? = nil, time: String = "", place: String = "", method: String = "",
        expectedParticipants: Int? = nil, accessibility: String = "", phase: Phase? = nil,
        status: ActivityStatus = .planned, agenda: [AgendaPoint] = [], runSheet: [RunSheetItem] = [],
        attendance: Attendance = Attendance(), notes: String = "", documentation: [String] = [],
        organisations: [String] = []
    ) {
        self.id = id
        self.title = title
        self.kind = kind
        self.date = date
        self.start = start
        self.end = end
        self.time = time
        self.place = place
        self.method = method
        self.expectedParticipants = expectedParticipants
        self.accessibility = accessibility
        self.phase = phase
        self.status = status
        self.agenda = agenda
        self.runSheet = runSheet
        self.attendance = attendance
        self.notes = notes
        self.documentation = documentation
        self.organisations = organisations
        adoptTimeSpan()
    }

    /// Decodes an activity; files saved before activities were held events open with the new parts
    /// empty, and a free-text time such as "18.00–20.00" becomes a start and an end (other text stays).
    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        title = try container.decode(String.self, forKey: .title)
        kind = try container.decodeIfPresent(String.self, forKey: .kind) ?? ""
        date = try container.decodeIfPresent(LocalDate.self, forKey: .date)
        start = try container.decodeIfPresent(ClockTime.self, forKey: .start)
        end = try container.decodeIfPresent(ClockTime.self, forKey: .end)
        time = try container.decodeIfPresent(String.self, forKey: .time) ?? ""
        place = try container.decode(String.self, forKey: .place)
        method = try container.decode(String.self, forKey: .method)
        expectedParticipants = try container.decodeIfPresent(Int.self, forKey: .expectedParticipants)
        accessibility = try container.decode(String.self, forKey: .accessibility)
        phase = try container.decodeIfPresent(Phase.self, forKey: .phase)
        status = try container.decodeIfPresent(ActivityStatus.self, forKey: .status) ?? .planned
        agenda = try container.decodeIfPresent([AgendaPoint].self, forKey: .agenda) ?? []
        runSheet = try container.decodeIfPresent([RunSheetItem].self, forKey: .runSheet) ?? []
        attendance = try container.decodeIfPresent(Attendance.self, forKey: .attendance) ?? Attendance()
        notes = try container.decodeIfPresent(String.self, forKey: .notes) ?? ""
        documentation = try container.decodeIfPresent([String].self, forKey: .documentation) ?? []
        organisations = try container.decodeIfPresent([String].self, forKey: .organisations) ?? []
        adoptTimeSpan()
    }

    /// The phase the activity is held in: its own, else Genomförande.
    public var heldIn: Phase { phase ?? .implementation }

    /// When on its date, for people: `18.00–20.00`, `18.00`, or the time as written.
    public var timeText: String {
        switch (start, end) {
        case (let start?, let end?): "\(start.swedishText)–\(end.swedishText)"
        case (let start?, nil): start.swedishText
        case (nil, let end?): "–\(end.swedishText)"
        case (nil, nil): time
        }
    }

    /// Sets when the activity is from text as typed: a start and end (`18.00–20.00`) or a start become
    /// `start` and `end`; any other text is kept as written, and empty text clears the time.
    public mutating func setTimeText(_ text: String) {
        let text = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if let span = ClockTime.span(text) {
            (start, end, time) = (span.start, span.end, "")
        } else {
            (start, end, time) = (nil, nil, text)
        }
    }

    /// The planned length of the agenda in minutes (points without a length count as none).
    public var agendaMinutes: Int { agenda.reduce(0) { $0 + ($1.minutes ?? 0) } }

    /// Reads a start and end out of the free-text time when it is exactly one (`18.00–20.00`,
    /// `18:00-20:00`, `18.00`), and then empties it; any other text is kept as written.
    private mutating func adoptTimeSpan() {
        guard start == nil, end == nil, !time.isEmpty,
            let span = ClockTime.span(time)
        else { return }
        (start, end) = span
        time = ""
    }
}

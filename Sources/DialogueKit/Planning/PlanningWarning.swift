/// Something in the plan the handbooks warn about: a gap in the target-group analysis, a schedule
/// that does not add up, or feedback owed to residents. A warning never refuses a change; it says in words what to look at.
public enum PlanningWarning: Equatable, Sendable {
    /// No target group is highly affected and rarely active (priority 1).
    case noPriorityGroup
    /// A priority-1 group without any channel to reach it.
    case priorityGroupWithoutChannel(groupID: String, name: String)
    /// A priority-1 group without any measure that enables it to take part.
    case priorityGroupWithoutMeasure(groupID: String, name: String)
    /// A group marked hard to reach whose barriers are not analysed.
    case hardToReachWithoutBarriers(groupID: String, name: String)
    /// A phase whose end date lies before its start date; `title` is the dialogue's name for it.
    case phaseEndsBeforeStart(Phase, title: String, start: LocalDate, end: LocalDate)
    /// A phase dated before the phase ahead of it: `date` is its first date, `previousDate` the
    /// earlier phase's last.
    case phaseBeforePrevious(
        Phase, title: String, date: LocalDate, previous: Phase, previousTitle: String, previousDate: LocalDate)
    /// A dated activity outside the dates of the phase it belongs to (`start` or `end` may be unset).
    case activityOutsidePhase(
        activityID: String, title: String, date: LocalDate, phase: Phase, phaseTitle: String, start: LocalDate?,
        end: LocalDate?)
    /// A phase whose end date has passed while items of its checklist are still open.
    case phaseOverdue(Phase, title: String, end: LocalDate, progress: ChecklistProgress)
    /// A feedback round whose planned date has passed while it is not sent; `audience` is the audience's name.
    case feedbackOverdue(roundID: String, audience: String, planned: LocalDate)
    /// Visible inputs no response applies to, once feedback is due or responses are being given.
    case inputsWithoutResponse(count: Int)
    /// The chosen level promised residents something (`promise`, e.g. "Invånarna får påverka", of the level named
    /// `level`) that the gaps show is not yet kept.
    case promiseNotKept(promise: String, level: String, gaps: [PromiseGap])

    /// A stable name for the kind of warning, for JSON.
    public var code: String {
        switch self {
        case .noPriorityGroup: "noPriorityGroup"
        case .priorityGroupWithoutChannel: "priorityGroupWithoutChannel"
        case .priorityGroupWithoutMeasure: "priorityGroupWithoutMeasure"
        case .hardToReachWithoutBarriers: "hardToReachWithoutBarriers"
        case .phaseEndsBeforeStart: "phaseEndsBeforeStart"
        case .phaseBeforePrevious: "phaseBeforePrevious"
        case .activityOutsidePhase: "activityOutsidePhase"
        case .phaseOverdue: "phaseOverdue"
        case .feedbackOverdue: "feedbackOverdue"
        case .inputsWithoutResponse: "inputsWithoutResponse"
        case .promiseNotKept: "promiseNotKept"
        }
    }

    /// The target group the warning is about, if any.
    public var groupID: String? {
        switch self {
        case .priorityGroupWithoutChannel(let id, _), .priorityGroupWithoutMeasure(let id, _),
            .hardToReachWithoutBarriers(let id, _):
            id
        default: nil
        }
    }

    /// The phase the warning is about, if any.
    public var phase: Phase? {
        switch self {
        case .phaseEndsBeforeStart(let phase, _, _, _), .phaseBeforePrevious(let phase, _, _, _, _, _),
            .phaseOverdue(let phase, _, _, _):
            phase
        case .activityOutsidePhase(_, _, _, let phase, _, _, _): phase
        case .feedbackOverdue, .inputsWithoutResponse, .promiseNotKept: .feedback
        default: nil
        }
    }

    /// The warning as one Swedish sentence that names what it is about and what to do.
    public var text: String {
        switch self {
        case .noPriorityGroup:
            "Ingen målgrupp har prioritet 1 (berörda och lågaktiva); lägg till de grupper som frågan berör mest "
                + "men som sällan hörs i samhällsdebatten."
        case .priorityGroupWithoutChannel(_, let name):
            "Målgruppen ”\(name)” har prioritet 1 men inga kanaler; ange hur gruppen ska nås, till exempel "
                + "direkt kontakt eller sociala medier."
        case .priorityGroupWithoutMeasure(_, let name):
            "Målgruppen ”\(name)” har prioritet 1 men inga åtgärder för att kunna delta; ange till exempel "
                + "förmöten, tolkning eller en naturlig mötesplats."
        case .hardToReachWithoutBarriers(_, let name):
            "Målgruppen ”\(name)” är svår att nå men har inga trösklar angivna; analysera vad som hindrar "
                + "gruppen från att delta, till exempel kostnader eller bristande tillit."
        case .phaseEndsBeforeStart(_, let title, let start, let end):
            "Fasen \(title) slutar \(end), före sin start \(start); rätta datumen."
        case .phaseBeforePrevious(_, let title, let date, _, let previousTitle, let previousDate):
            "Fasen \(title) har datum \(date), före föregående fas \(previousTitle) (\(previousDate)); "
                + "rätta datumen så att faserna följer på varandra."
        case .activityOutsidePhase(_, let title, let date, _, let phaseTitle, let start, let end):
            "Aktiviteten ”\(title)” den \(date) ligger utanför \(phaseTitle) (\(Self.span(start, end))); "
                + "flytta aktiviteten eller ändra fasens datum."
        case .phaseOverdue(_, let title, let end, let progress):
            "Fasen \(title) skulle vara klar \(end) men \(progress.total - progress.done) av "
                + "\(SwedishCount.phrase(progress.total, one: "punkt", other: "punkter")) återstår."
        case .feedbackOverdue(let id, let audience, let planned):
            "Återkopplingen till \(audience.lowercased()) (\(id)) skulle ha skickats \(planned) men är inte skickad; "
                + "skicka den och markera den som skickad, eller flytta datumet."
        case .inputsWithoutResponse(let count):
            "\(SwedishCount.phrase(count, one: "inspel", other: "inspel")) saknar svar; ge inspelet eller dess tema "
                + "ett svar om vad det blev av det, så att återkopplingen kan berätta det."
        case .promiseNotKept(let promise, let level, let gaps):
            "Dialogen lovade ”\(promise)” (\(level)), men \(SwedishList.and(gaps.map(\.text))); "
                + "\(SwedishList.and(gaps.map(\.fix)))."
        }
    }

    /// "2026-05-01 – 2026-06-30", "från 2026-05-01" or "till 2026-06-30".
    private static func span(_ start: LocalDate?, _ end: LocalDate?) -> String {
        switch (start, end) {
        case (let start?, let end?): "\(start) – \(end)"
        case (let start?, nil): "från \(start)"
        case (nil, let end?): "till \(end)"
        case (nil, nil): "utan datum"
        }
    }
}

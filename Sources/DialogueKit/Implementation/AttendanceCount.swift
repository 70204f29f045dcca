/// Which count of an activity's attendance: the total, or one tally by target group, age band or gender.
public enum AttendanceCount: Hashable, Sendable {
    case total
    case group(String)
    case ageBand(String)
    case gender(String)
}

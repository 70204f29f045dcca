/// How many took part in an activity: counted, never named. Every count is optional; nothing
/// counted yet is an empty attendance.
public struct Attendance: Codable, Equatable, Sendable {
    /// Everyone who took part.
    public var total: Int?
    /// Target-group id (`g3`) → how many from the group.
    public var byGroup: [String: Int]
    /// Age band (e.g. `0-17`, `18-64`, `65+`) → count, for process goals.
    public var byAgeBand: [String: Int]
    /// Gender (free words) → count, for process goals.
    public var byGender: [String: Int]

    public init(
        total: Int? = nil, byGroup: [String: Int] = [:], byAgeBand: [String: Int] = [:],
        byGender: [String: Int] = [:]
    ) {
        self.total = total
        self.byGroup = byGroup
        self.byAgeBand = byAgeBand
        self.byGender = byGender
    }

    /// Decodes an attendance; any tally may be missing.
    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        total = try container.decodeIfPresent(Int.self, forKey: .total)
        byGroup = try container.decodeIfPresent([String: Int].self, forKey: .byGroup) ?? [:]
        byAgeBand = try container.decodeIfPresent([String: Int].self, forKey: .byAgeBand) ?? [:]
        byGender = try container.decodeIfPresent([String: Int].self, forKey: .byGender) ?? [:]
    }

    /// Whether nothing has been counted.
    public var isEmpty: Bool { total == nil && byGroup.isEmpty && byAgeBand.isEmpty && byGender.isEmpty }

    /// One count of the attendance, read or set; nil clears it.
    public subscript(count: AttendanceCount) -> Int? {
        get {
            switch count {
            case .total: total
            case .group(let id): byGroup[id]
            case .ageBand(let band): byAgeBand[band]
            case .gender(let gender): byGender[gender]
            }
        }
        set {
            switch count {
            case .total: total = newValue
            case .group(let id): byGroup[id] = newValue
            case .ageBand(let band): byAgeBand[band] = newValue
            case .gender(let gender): byGender[gender] = newValue
            }
        }
    }
}

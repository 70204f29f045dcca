import DialogueKit

extension RepresentationModel.Orientation {
    /// The quadrant drawn at a row (0 is the top) and column (0 is the left) of the grid.
    func quadrant(row: Int, column: Int) -> GridQuadrant {
        let vertical: GridLevel = row == 0 ? .high : .low
        let horizontal: GridLevel = column == 0 ? .low : .high
        switch self {
        case .activityVertical: return GridQuadrant(affected: horizontal, activity: vertical)
        case .affectedVertical: return GridQuadrant(affected: vertical, activity: horizontal)
        }
    }

    /// Where a quadrant is drawn: its row (0 is the top) and column (0 is the left).
    func position(of quadrant: GridQuadrant) -> (row: Int, column: Int) {
        let (vertical, horizontal) =
            switch self {
            case .activityVertical: (quadrant.activity, quadrant.affected)
            case .affectedVertical: (quadrant.affected, quadrant.activity)
            }
        return (vertical == .high ? 0 : 1, horizontal == .low ? 0 : 1)
    }

    /// The axis running up the grid: true for activity, false for affectedness.
    var activityIsVertical: Bool { self == .activityVertical }
}

extension SummaryReport {
    /// A table with a caption, a header row of column headings, and rows whose first cell names the row.
    public struct Table: Equatable, Sendable {
        /// What the table shows, in a few words.
        public var caption: String
        /// The column headings; every row has as many cells.
        public var columns: [String]
        /// The rows; the first cell of each is the row's header cell.
        public var rows: [[String]]

        /// A table whose rows are padded with empty cells, or cut, to the number of columns.
        public init(caption: String, columns: [String], rows: [[String]]) {
            self.caption = caption
            self.columns = columns
            self.rows = rows.map { row in
                Array((row + Array(repeating: "", count: max(0, columns.count - row.count))).prefix(columns.count))
            }
        }
    }
}

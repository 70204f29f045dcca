extension SummaryReport {
    /// A part of the report: a heading, its blocks in order, then its subsections one heading level down.
    public struct Section: Equatable, Sendable {
        public var heading: String
        public var blocks: [Block]
        public var subsections: [Section]

        public init(_ heading: String, blocks: [Block] = [], subsections: [Section] = []) {
            self.heading = heading
            self.blocks = blocks
            self.subsections = subsections
        }
    }
}

extension SummaryReport {
    /// One fact about the dialogue under the report's title: a label and its value in words.
    public struct Field: Equatable, Sendable {
        public var label: String
        public var value: String

        public init(_ label: String, _ value: String) {
            self.label = label
            self.value = value
        }
    }
}

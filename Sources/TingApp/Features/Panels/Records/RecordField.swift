/// A field of a planning entry's form and a column of its table: label, value as text, and how it changes.
protocol RecordField: CaseIterable, Equatable, Sendable where AllCases == [Self] {
    associatedtype Record
    /// The field's label in the form and the table's column header.
    var label: String { get }
    /// Columns the table gives the field, or nil to share the width left with the other such fields.
    var columnWidth: Int? { get }
    /// Whether Enter and Space step through a few fixed values instead of opening a text field.
    var isChoice: Bool { get }
    /// The value as shown and as put into the text field.
    func text(of record: Record) -> String
    /// Sets the value from typed text; returns a sentence saying what is wrong with it, or nil.
    func set(_ text: String, in record: inout Record) -> String?
    /// Steps a choice field to its next value.
    func cycle(_ record: inout Record)
}

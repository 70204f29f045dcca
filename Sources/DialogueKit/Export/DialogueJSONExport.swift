import Foundation

/// The whole dialogue as one JSON document (`ting export --format json`, described in EXPORTS.md): the dialogue
/// file's content, follow-up included, with its inputs beside it; never the participants' contact details.
struct DialogueJSONExport: Encodable {
    /// Names what the document is, for a program reading it.
    static let formatName = "ting-dialog"
    /// The version of this document's shape; a reader refuses a higher one it does not know.
    static let currentVersion = 1

    var format = formatName
    var version = currentVersion
    /// When the export was made.
    var exportedAt: Date
    /// The dialogue file's content (as `DialogueCoding` writes it, without the journal's name).
    var dialogue: Dialogue
    /// Every input, hidden ones too, in capture order.
    var inputs: [Input]

    init(_ dialogue: Dialogue, now: Date) {
        self.exportedAt = now
        self.dialogue = dialogue
        self.inputs = dialogue.inputs
    }

    /// The document's bytes, encoded like a dialogue file.
    func data() throws -> Data {
        try DialogueCoding.encode(self)
    }
}

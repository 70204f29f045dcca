/// One template file of the source tree's `templates/` folder, as built into the binary.
public struct BuiltInTemplateFile: Equatable, Sendable {
    /// The file name, e.g. `helsingborg.toml`; also the name shown in errors.
    public var name: String
    /// The file's text, byte for byte.
    public var text: String

    /// A file named `name` with the text `text`.
    public init(name: String, text: String) {
        self.name = name
        self.text = text
    }

    /// A file named `name` whose UTF-8 bytes are `bytes` (as SwiftPM embeds a resource).
    init(name: String, bytes: [UInt8]) {
        self.init(name: name, text: String(decoding: bytes, as: UTF8.self))
    }
}

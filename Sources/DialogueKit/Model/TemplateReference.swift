/// Which template (handbook) a dialogue was created from.
public struct TemplateReference: Codable, Equatable, Sendable {
    public var id: String
    public var version: Int
    public var name: String
    public var source: TemplateSource

    public init(id: String, version: Int, name: String, source: TemplateSource) {
        self.id = id
        self.version = version
        self.name = name
        self.source = source
    }
}

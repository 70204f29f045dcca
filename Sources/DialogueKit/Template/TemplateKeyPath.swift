/// Where a value sits in a template file, written the way people read it:
/// `phases[2].items[4].kind`.
struct TemplateKeyPath: Equatable, Sendable, CustomStringConvertible {
    /// One step down into a table (by key) or an array (by index).
    enum Component: Equatable, Sendable {
        case key(String)
        case index(Int)
    }

    /// The steps from the top of the file; empty for the top level itself.
    var components: [Component] = []

    /// The top level of the file.
    static let root = TemplateKeyPath()

    /// This path, one key further down.
    func appending(_ key: String) -> TemplateKeyPath {
        TemplateKeyPath(components: components + [.key(key)])
    }

    /// This path, one array element further down.
    func appending(_ index: Int) -> TemplateKeyPath {
        TemplateKeyPath(components: components + [.index(index)])
    }

    var description: String {
        var text = ""
        for component in components {
            switch component {
            case .key(let key): text += text.isEmpty ? key : ".\(key)"
            case .index(let index): text += "[\(index)]"
            }
        }
        return text
    }
}

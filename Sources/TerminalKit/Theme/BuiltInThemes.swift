/// The theme files of `themes/`, built in so that an installed ting works without the source tree:
/// SwiftPM embeds each file at build time (`PackageResources`, named after the file).
public enum BuiltInThemes {
    /// Every built-in theme: its name (file name without ".toml") and the file's exact text.
    /// A test checks that this lists the whole `themes/` folder.
    public static let files: [(name: String, toml: String)] = [
        ("dark", PackageResources.dark_toml),
        ("high-contrast", PackageResources.high_contrast_toml),
        ("light", PackageResources.light_toml),
        ("monochrome", PackageResources.monochrome_toml),
        ("projector", PackageResources.projector_toml),
    ].map { ($0, String(decoding: $1, as: UTF8.self)) }

    /// The text of the built-in theme with this name, or nil.
    public static func toml(named name: String) -> String? {
        files.first { $0.name == name }?.toml
    }
}

extension BuiltInTemplates {
    /// Every file of `templates/`, in name order, as SwiftPM builds it into the binary
    /// (`PackageResources`, named after the file). A test checks that this lists the whole folder.
    public static let files: [BuiltInTemplateFile] = [
        BuiltInTemplateFile(name: "helsingborg.toml", bytes: PackageResources.helsingborg_toml),
        BuiltInTemplateFile(name: "lund.toml", bytes: PackageResources.lund_toml),
        BuiltInTemplateFile(name: "sollentuna.toml", bytes: PackageResources.sollentuna_toml),
        BuiltInTemplateFile(name: "vanersborg.toml", bytes: PackageResources.vanersborg_toml),
    ]
}

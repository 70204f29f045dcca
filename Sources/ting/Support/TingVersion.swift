/// The version `ting --version` prints.
enum TingVersion {
    static let string = "0.1.0"
}

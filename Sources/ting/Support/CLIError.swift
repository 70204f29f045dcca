import ArgumentParser

/// An error the CLI reports as one clear sentence on stderr, exiting non-zero.
struct CLIError: Error, CustomStringConvertible {
    let description: String

    init(_ description: String) {
        self.description = description
    }
}

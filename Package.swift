// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Ting",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "ting", targets: ["ting"]),
        .library(name: "DialogueKit", targets: ["DialogueKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        // TOMLKit 0.6.0 with the toml++ fix that makes `[Ämne]` a parse error, not an abort.
        .package(path: "Vendor/TOMLKit"),
        // A real CSV parser for survey exports (`ting input import`): it refuses misplaced quotes.
        .package(url: "https://github.com/swiftcsv/SwiftCSV", from: "0.10.0"),
    ],
    targets: [
        .target(
            name: "CNcurses",
            cSettings: [.define("NCURSES_WIDECHAR", to: "1"), .define("_XOPEN_SOURCE_EXTENDED", to: "1")],
            linkerSettings: [.linkedLibrary("ncursesw")]
        ),
        .target(name: "TextSafety"),
        // `templates` and `themes` are symlinks to the top-level folders: SwiftPM turns each file
        // into a byte array of the target's `PackageResources` at build time.
        .target(
            name: "DialogueKit",
            dependencies: [
                "TextSafety", .product(name: "TOMLKit", package: "TOMLKit"),
                .product(name: "SwiftCSV", package: "SwiftCSV"),
            ],
            resources: [.embedInCode("templates")]
        ),
        .target(
            name: "TerminalKit",
            dependencies: ["TextSafety", .product(name: "TOMLKit", package: "TOMLKit")],
            resources: [.embedInCode("themes")]
        ),
        .target(name: "TerminalNcurses", dependencies: ["TerminalKit", "TextSafety", "CNcurses"]),
        .target(name: "TingApp", dependencies: ["DialogueKit", "TerminalKit", "TextSafety"]),
        .executableTarget(
            name: "ting",
            dependencies: [
                "TingApp", "TerminalNcurses", "DialogueKit", "TerminalKit", "TextSafety",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "TOMLKit", package: "TOMLKit"),
            ]
        ),
        .executableTarget(
            name: "FrameBenchmark", dependencies: ["TingApp", "DialogueKit", "TerminalKit"],
            path: "Benchmarks/FrameBenchmark"),
        .executableTarget(
            name: "CaptureBenchmark", dependencies: ["DialogueKit"], path: "Benchmarks/CaptureBenchmark"),
        .testTarget(name: "DialogueKitTests", dependencies: ["DialogueKit"], exclude: ["Fixtures"]),
        .testTarget(name: "TextSafetyTests", dependencies: ["TextSafety"]),
        .testTarget(name: "TerminalKitTests", dependencies: ["TerminalKit", "TextSafety"]),
        .testTarget(
            name: "TingAppTests", dependencies: ["TingApp", "DialogueKit", "TerminalKit"], exclude: ["__Snapshots__"]),
        .testTarget(name: "EndToEndTests", dependencies: ["DialogueKit", "ting"]),
    ],
    swiftLanguageModes: [.v6]
)

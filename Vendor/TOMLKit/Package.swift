// swift-tools-version:5.9

// TOMLKit 0.6.0 (https://github.com/LebJe/TOMLKit, MIT licence, see LICENSE), vendored with one
// fix in the toml++ 3.4.0 it embeds; see PATCHES.md. Its tests and documentation are left out.
import PackageDescription

let package = Package(
    name: "TOMLKit",
    platforms: [.macOS(.v10_15)],
    products: [
        .library(name: "TOMLKit", targets: ["TOMLKit"])
    ],
    targets: [
        .target(
            name: "CTOML",
            cxxSettings: [
                .define("TOML_EXCEPTIONS", to: "1"),
                // Values nest at most 64 deep (toml++'s default is 256), keys at most 64 parts: a
                // tree at most 64 × 64 deep, which the parser's recursion walks well within a stack.
                .define("TOML_MAX_NESTED_VALUES", to: "64"),
                .define("TOML_MAX_DOTTED_KEY_SEGMENTS", to: "64"),
                // A dependency's warnings are not Ting's to fix; SwiftPM hid them when this came from
                // a registry, and a local package's flags are allowed.
                .unsafeFlags(["-w"]),
            ]),
        .target(name: "TOMLKit", dependencies: ["CTOML"], swiftSettings: [.unsafeFlags(["-suppress-warnings"])]),
    ],
    cLanguageStandard: .c99,
    cxxLanguageStandard: .cxx17
)

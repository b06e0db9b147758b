// swift-tools-version:6.1
// libFuzzer targets for Flagdesk's parsers of hostile input (issue #8). Built apart from the main
// package because every module is compiled with `-sanitize=fuzzer`; see Fuzz/README.md and
// `bash Fuzz/run.sh`. The targets reach the real sources through the main package's library
// products (a path dependency on the repository root).
import Foundation
import PackageDescription

// A path dependency is named after its folder (the clone's name), so the identity is read from it.
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
let flagdesk = root.lastPathComponent.lowercased()

func fuzzTarget(_ name: String, _ products: [String]) -> Target {
    .executableTarget(
        name: name,
        dependencies: ["FuzzSupport"] + products.map { .product(name: $0, package: flagdesk) })
}

let package = Package(
    name: "FlagdeskFuzz",
    platforms: [.macOS(.v13)],
    dependencies: [.package(path: "..")],
    targets: [
        .target(name: "FuzzSupport", dependencies: [.product(name: "FlagdeskCore", package: flagdesk)]),
        fuzzTarget("FuzzCSV", ["FlagdeskCore"]),
        fuzzTarget("FuzzJSON", ["FlagdeskCore"]),
        fuzzTarget("FuzzURL", ["FlagdeskCore"]),
        fuzzTarget("FuzzSanitizer", ["FlagdeskCore"]),
        fuzzTarget("FuzzConfig", ["FlagdeskEngine"]),
        fuzzTarget("FuzzTemplate", ["FlagdeskCore", "FlagdeskDocuments"]),
        fuzzTarget("FuzzMIME", ["FlagdeskCore"]),
    ]
)

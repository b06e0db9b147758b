// swift-tools-version:6.1
// Flagdesk — a terminal workbench for DSA Art. 22 trusted flaggers.
// Layout and rules of the house: ../shared/DESIGN.md §1 (Core imports only Foundation, only Store
// imports GRDB, only TUI imports CNcursesw, the fronts call the Engine).
import PackageDescription

let package = Package(
    name: "Flagdesk",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "flagdesk", targets: ["flagdesk"]),
        .executable(name: "flagdesk-bench", targets: ["flagdesk-bench"]),
        // For the fuzz targets in Fuzz/ (a separate package built with -sanitize=fuzzer).
        .library(name: "FlagdeskCore", targets: ["FlagdeskCore"]),
        .library(name: "FlagdeskDocuments", targets: ["FlagdeskDocuments"]),
        .library(name: "FlagdeskEngine", targets: ["FlagdeskEngine"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/LebJe/TOMLKit", exact: "0.6.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", exact: "2.1.1"),
        .package(url: "https://github.com/apple/swift-crypto", exact: "3.12.3"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", exact: "0.9.20"),
        .package(url: "https://github.com/apple/swift-log", exact: "1.16.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CNcursesw",
            providers: [.apt(["libncursesw5-dev"])]
        ),
        .target(name: "FlagdeskCore"),
        .target(
            name: "FlagdeskStore",
            dependencies: [
                "FlagdeskCore",
                .product(name: "GRDB", package: "GRDB.swift"),
                // SQLite's C API for the importer's per-row statements (RawStatement).
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        .target(
            name: "FlagdeskDocuments",
            dependencies: [
                "FlagdeskCore",
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            // The shipped templates (Templates/ at the top level is a symlink to this folder):
            // copied into the resource bundle next to the binary; see Templates/README.md.
            resources: [.copy("Templates")]
        ),
        .target(
            name: "FlagdeskEngine",
            dependencies: [
                "FlagdeskCore", "FlagdeskStore", "FlagdeskDocuments",
                .product(name: "TOMLKit", package: "TOMLKit"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Crypto", package: "swift-crypto"),
                // scrypt (RFC 7914) for passphrase-wrapped vault keys.
                .product(name: "_CryptoExtras", package: "swift-crypto"),
            ]
        ),
        .target(
            name: "FlagdeskTUI",
            dependencies: [
                "FlagdeskCore", "FlagdeskEngine", "CNcursesw", .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .executableTarget(
            name: "flagdesk",
            dependencies: [
                "FlagdeskCore", "FlagdeskEngine", "FlagdeskTUI",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "flagdesk-bench",
            dependencies: ["FlagdeskCore", "FlagdeskEngine", "FlagdeskStore", "FlagdeskTUI"]
        ),
        .testTarget(name: "FlagdeskCoreTests", dependencies: ["FlagdeskCore"]),
        .testTarget(name: "FlagdeskStoreTests", dependencies: ["FlagdeskStore"]),
        // Golden files are read from the source tree (#filePath), not bundled.
        .testTarget(name: "FlagdeskDocumentsTests", dependencies: ["FlagdeskDocuments"], exclude: ["Golden"]),
        .testTarget(name: "FlagdeskEngineTests", dependencies: ["FlagdeskEngine"]),
        .testTarget(name: "FlagdeskTUITests", dependencies: ["FlagdeskTUI"], exclude: ["Snapshots"]),
        .testTarget(name: "FlagdeskCLITests", dependencies: ["flagdesk"]),
    ]
)

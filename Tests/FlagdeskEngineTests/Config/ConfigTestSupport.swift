import Foundation
import Testing

@testable import FlagdeskEngine

/// A fresh temporary folder per test, removed by the caller's `defer`.
struct TemporaryFolder {
    let path: String

    init() throws {
        path =
            FileManager.default.temporaryDirectory.appendingPathComponent("flagdesk-config-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        let file = path + "/" + name
        try FileManager.default.createDirectory(
            atPath: (file as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try text.write(toFile: file, atomically: true, encoding: .utf8)
        return file
    }

    func remove() { try? FileManager.default.removeItem(atPath: path) }
}

/// Parses config text as `/cfg/config.toml`, with directory files served from `files`.
func parseConfig(_ text: String, files: [String: String] = [:], home: String = "/home/tester") throws(ConfigError)
    -> FlagdeskConfig
{
    try ConfigLoader.parse(text: text, file: "/cfg/config.toml", environment: ["HOME": home]) { path in
        files[path].map(FileContents.text) ?? .notFound
    }
}

/// The problems a config text is refused with (an empty list if it is accepted).
func problems(_ text: String, files: [String: String] = [:]) -> [ConfigProblem] {
    do {
        _ = try parseConfig(text, files: files)
        return []
    } catch {
        return error.problems
    }
}

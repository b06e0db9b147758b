import FlagdeskCore
import Foundation
import Testing

@testable import FlagdeskEngine

/// The config fuzz target's seeds (`Fuzz/Corpus/config/`) and past findings
/// (`Fuzz/Regressions/config/`): config text, a NUL byte, then what every directory file reads.
/// Each gives a configuration or a `ConfigError` with its problems, never a crash.
@Suite struct ConfigFuzzCorpusTests {
    static let fuzzFolder = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fuzz")

    @Test func everyInputGivesAConfigOrItsProblems() throws {
        var inputs = 0
        for kind in ["Corpus", "Regressions"] {
            let folder = Self.fuzzFolder.appendingPathComponent("\(kind)/config")
            for name in (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [] {
                let bytes = Array(try Data(contentsOf: folder.appendingPathComponent(name)))
                let cut = bytes.firstIndex(of: 0) ?? bytes.endIndex
                let text = String(decoding: bytes[..<cut], as: UTF8.self)
                let directoryFile = String(decoding: bytes[min(cut + 1, bytes.endIndex)...], as: UTF8.self)
                do {
                    _ = try ConfigLoader.parse(
                        text: text, file: "/fuzz/config.toml", environment: ["HOME": "/fuzz/home"],
                        readFile: { _ in .text(directoryFile) })
                } catch {
                    #expect(!error.problems.isEmpty, "\(kind)/\(name)")
                }
                inputs += 1
            }
        }
        #expect(inputs >= 3)
    }
}

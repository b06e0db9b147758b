import Foundation
import Testing

@testable import FlagdeskEngine

@Suite("config.example.toml")
struct ConfigExampleTests {
    /// The repository's config.example.toml, found by walking up from this source file.
    func repositoryExample() throws -> String {
        var folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while folder.path != "/" {
            let candidate = folder.appendingPathComponent("config.example.toml")
            if FileManager.default.fileExists(atPath: candidate.path) {
                return try String(contentsOf: candidate, encoding: .utf8)
            }
            folder.deleteLastPathComponent()
        }
        throw CocoaError(.fileNoSuchFile)
    }

    @Test("the embedded text equals the repository file")
    func embeddedMatchesFile() throws {
        #expect(ConfigWriter.exampleText == (try repositoryExample()))
    }

    @Test("the example loads without errors, and its active values are exactly the defaults")
    func exampleIsTheDefaults() throws {
        var parsed = try parseConfig(ConfigWriter.exampleText)
        // The example states four-eyes (a new desk takes it; then the desk's own value rules).
        #expect(parsed.fourEyesStated == true)
        parsed.fourEyesStated = nil
        #expect(parsed == FlagdeskConfig.defaults)
    }

    /// Every commented-out setting (`#key`, `#[table]`, no space after `#`) switched on.
    static var uncommented: String {
        ConfigWriter.exampleText.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            guard line.hasPrefix("#"), let next = line.dropFirst().first, next != " ", next != "#" else {
                return String(line)
            }
            return String(line.dropFirst())
        }.joined(separator: "\n")
    }

    @Test("with every commented-out setting switched on, the example still loads")
    func uncommentedExampleLoads() throws {
        let config = try parseConfig(
            Self.uncommented,
            files: [
                "/cfg/directory/partners.toml":
                    "[[providers]]\nkey = \"partner\"\nname = \"Partner\"\nhosts = [\"partner.example\"]\n"
            ])
        #expect(config.organisation.name == "Example Hotline asbl")
        #expect(config.organisation.trustedFlagger?.awardingDSC == "BIPT")
        #expect(config.users.count == 2)
        #expect(config.storePath == "/home/tester/flagdesk-store")
        #expect(config.sendCommand == "/usr/sbin/sendmail -t")
        #expect(config.deadlineOverrides.count == 2)
        #expect(config.calendar.country == "BE")
        #expect(config.directory.provider(forHost: "m.example-video.com")?.verified == true)
        #expect(config.directory.provider(forHost: "partner.example") != nil)
        #expect(config.directory.provider(key: "example-video")?.eevidenceAddressee?.role == .designatedEstablishment)
        #expect(config.directory.lea(for: "BE")?.key == "be-police-fccu")
    }
}

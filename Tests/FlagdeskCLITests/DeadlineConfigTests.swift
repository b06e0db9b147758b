import Foundation
import Testing

/// `due` and `rules` take the organisation's configuration: zone, calendar, closures, overrides.
@Suite("CLI: deadlines follow the config")
struct DeadlineConfigTests {
    private func config(_ text: String) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cfg-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent("config.toml")
        try Data(text.utf8).write(to: url)
        return url.path
    }

    @Test func zoneAndCalendarComeFromTheConfig() throws {
        let path = try config(
            """
            [time]
            zone = "Europe/Paris"

            [calendar]
            country = "FR"
            """)
        let run = try BinaryRunner.run(
            ["due", "--rule", "gdpr.art12.response", "--from", "2026-04-30T10:00:00Z", "--config", path, "--json"])
        #expect(run.exitCode == 0, "\(run.stderr)")
        #expect(
            run.stdout.contains("\"due\" : \"2026-06-01T21:59:59Z\""),
            "Saturday 30 May rolls to Monday 1 June, Paris time")
    }

    @Test func closureDaysMoveTheOrganisationsDeadlines() throws {
        let path = try config(
            """
            [calendar]
            closures = ["2026-06-01"]
            """)
        let run = try BinaryRunner.run(
            ["due", "--rule", "gdpr.art12.response", "--from", "2026-04-30T10:00:00Z", "--config", path, "--json"])
        #expect(run.exitCode == 0, "\(run.stderr)")
        #expect(run.stdout.contains("\"due\" : \"2026-06-02T23:59:59Z\""))
    }

    @Test func overridesAreInForceAndShown() throws {
        let path = try config(
            """
            [deadlines]
            "dsa.notice.expected-decision.trusted" = "48 hours"
            """)
        let rules = try BinaryRunner.run(["rules", "--config", path])
        #expect(rules.exitCode == 0, "\(rules.stderr)")
        #expect(rules.stdout.contains("48 hours (default 72 hours)"))
    }

    @Test func anOverrideTheLawDoesNotAllowIsAConfigError() throws {
        let path = try config(
            """
            [deadlines]
            "gdpr.art12.response" = "3 months"
            """)
        let run = try BinaryRunner.run(["rules", "--config", path])
        #expect(run.exitCode == 78)
        #expect(run.stderr.contains("gdpr.art12.response"))
    }
}

import Foundation
import Testing

/// `flagdesk due` and `flagdesk rules`, end to end: the built binary in a pinned environment.
@Suite("flagdesk due and rules")
struct DeadlineCommandTests {
    @Test func dueExplainsAMoveToTheNextWorkingDay() throws {
        let run = try BinaryRunner.run([
            "due", "--rule", "gdpr.art12.response", "--from", "2026-04-30T08:00:00Z", "--country", "FR", "--zone",
            "Europe/Paris",
        ])
        #expect(run.exitCode == 0, "\(run.stderr)")
        #expect(run.stderr.isEmpty)
        #expect(run.stdout.contains("Due:      2026-06-01T21:59:59Z = 2026-06-01 23:59:59 +02:00 Europe/Paris"))
        #expect(run.stdout.contains("Source:   GDPR Art. 12(3)"))
        #expect(run.stdout.contains("Nature:   law"))
        #expect(run.stdout.contains("1 month from 2026-04-30 = 2026-05-30 (Saturday) -> next working day 2026-06-01"))
    }

    /// A real calendar: 1 May 2026 is a Friday holiday in France.
    @Test func dueNamesTheHolidayFromTheRealCalendar() throws {
        let run = try BinaryRunner.run([
            "due", "--rule", "reminder.notice", "--from", "2026-04-24", "--country", "fr", "--zone", "Europe/Paris",
        ])
        #expect(run.exitCode == 0, "\(run.stderr)")
        #expect(run.stdout.contains("Due:      2026-05-04T21:59:59Z"))
        #expect(run.stdout.contains("2026-05-01 is a public holiday (Fête du Travail / Labour Day)"))
        #expect(run.stdout.contains("POLICY (organisation rule, not law)"))
    }

    @Test func dueAsJSON() throws {
        let run = try BinaryRunner.run([
            "due", "--rule", "dsa.notice.expected-decision", "--variant", "trusted", "--from", "2026-05-04T09:00:00Z",
            "--json",
        ])
        #expect(run.exitCode == 0, "\(run.stderr)")
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(object["rule"] as? String == "dsa.notice.expected-decision.trusted")
        #expect(object["due"] as? String == "2026-05-07T09:00:00Z")
        #expect(object["dueLocal"] as? String == "2026-05-07 09:00:00 +00:00")
        #expect(object["isPolicy"] as? Bool == true)
        #expect(object["zone"] as? String == "UTC")
        #expect(object["calendar"] as? String == "none")
        #expect((object["steps"] as? [String])?.isEmpty == false)
    }

    @Test func extendedKeepsTheOriginal() throws {
        let run = try BinaryRunner.run([
            "due", "--rule", "dsa.art21.ods-decision", "--from", "2026-01-01T10:00:00Z", "--extended", "--json",
        ])
        #expect(run.exitCode == 0, "\(run.stderr)")
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(object["due"] as? String == "2026-06-30T23:59:59Z")
        #expect(object["originalDue"] as? String == "2026-04-01T23:59:59Z")
    }

    /// The answer depends on --zone, never on the process's TZ.
    @Test func outputIgnoresTheProcessTimeZone() throws {
        let arguments = [
            "due", "--rule", "gdpr.art12.response", "--from", "2026-03-28T23:30:00Z", "--country", "DE-BY", "--zone",
            "Europe/Berlin",
        ]
        let pinned = try BinaryRunner.run(arguments)
        #expect(pinned.exitCode == 0, "\(pinned.stderr)")
        #expect(pinned.stdout.contains("Due:      2026-04-29T21:59:59Z"))
        for tz in ["Pacific/Kiritimati", "America/Los_Angeles", "Asia/Kolkata"] {
            let other = try BinaryRunner.run(arguments, environment: ["TZ": tz])
            #expect(other.stdout == pinned.stdout, "TZ=\(tz)")
        }
    }

    @Test(arguments: [
        (["due", "--rule", "gdpr.art99.nothing", "--from", "2026-04-30T08:00:00Z"], "unknown deadline rule"),
        (["due", "--rule", "dsa.notice.expected-decision", "--from", "2026-04-30T08:00:00Z"], "needs a variant"),
        (["due", "--rule", "takeitdown.removal", "--from", "2026-04-30T08:00:00Z", "--extended"], "no extension"),
        (
            ["due", "--rule", "gdpr.art12.response", "--from", "2026-04-30T08:00:00Z", "--country", "XX"],
            "unknown holiday"
        ),
        (["due", "--rule", "gdpr.art12.response", "--from", "2026-04-30T08:00:00Z", "--zone", "Mars/Base"], "--zone"),
        (["due", "--rule", "gdpr.art12.response", "--from", "30/04/2026"], "--from"),
        (["due", "--rule", "gdpr.art12.response", "--from", "2026-02-30T08:00:00Z"], "--from"),
        (["due", "--rule", "gdpr.art12.response", "--from", "2026-04-30T08:00:00"], "--from"),
        (["due", "--from", "2026-04-30T08:00:00Z"], "--rule"),
    ])
    func badInputExits64(_ arguments: [String], _ mentioned: String) throws {
        let run = try BinaryRunner.run(arguments)
        #expect(run.exitCode == 64)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.contains(mentioned))
    }

    /// Hostile text in an argument is never echoed raw to the terminal.
    @Test func hostileArgumentsAreNotEchoed() throws {
        let run = try BinaryRunner.run(["due", "--rule", "x\u{1b}]52;c;Zm9v\u{07}", "--from", "2026-04-30T08:00:00Z"])
        #expect(run.exitCode == 64)
        #expect(!run.stderr.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
        let zone = try BinaryRunner.run([
            "due", "--rule", "gdpr.art12.response", "--from", "2026-04-30T08:00:00Z", "--zone", "\u{1b}[2J",
        ])
        #expect(zone.exitCode == 64)
        #expect(!zone.stderr.unicodeScalars.contains { $0.value == 0x1B })
    }

    @Test func rulesListsTheCatalogue() throws {
        let run = try BinaryRunner.run(["rules"])
        #expect(run.exitCode == 0, "\(run.stderr)")
        for id in [
            "gdpr.art12.response", "gdpr.art78.dpa-silence", "dsa.art20.complaint-window", "dsa.art21.ods-decision",
            "dsa.notice.expected-decision.urgent", "eevidence.art11.preservation", "takeitdown.removal",
            "eevidence.preservation-warning",
        ] {
            #expect(run.stdout.contains(id))
        }
        let urgent = try #require(
            run.stdout.split(separator: "\n").first { $0.hasPrefix("dsa.notice.expected-decision.urgent") })
        #expect(urgent.contains("24 hours") && urgent.contains("POLICY"))
        let gdpr = try #require(run.stdout.split(separator: "\n").first { $0.hasPrefix("gdpr.art12.response") })
        #expect(gdpr.contains("law") && gdpr.contains("extendable by 2 months"))
    }

    @Test func rulesAsJSON() throws {
        let run = try BinaryRunner.run(["rules", "--json"])
        #expect(run.exitCode == 0, "\(run.stderr)")
        let rules = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]])
        let preservation = try #require(rules.first { $0["id"] as? String == "eevidence.art11.preservation" })
        #expect(preservation["period"] as? String == "60 days")
        #expect(preservation["extensionPeriod"] as? String == "30 days")
        #expect(preservation["source"] as? String == "Reg. (EU) 2023/1543 Art. 11(1)")
        let policies = rules.filter { $0["isPolicy"] as? Bool == true }.compactMap { $0["id"] as? String }
        #expect(policies.contains("dsa.notice.expected-decision.hosting"))
        #expect(!policies.contains("takeitdown.removal"))
    }
}

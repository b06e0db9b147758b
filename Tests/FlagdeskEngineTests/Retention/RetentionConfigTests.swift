import FlagdeskCore
import Foundation
import Testing

@testable import FlagdeskEngine

/// `[retention]`: defaults, accepted periods, and no way to keep data forever by accident.
@Suite("Retention configuration")
struct RetentionConfigTests {
    @Test func defaultsApplyWithoutTheTable() throws {
        let config = try parseConfig("")
        #expect(config.retention.people == .years(1))
        #expect(config.retention.evidence == .years(5))
    }

    @Test func periodsAreRead() throws {
        let config = try parseConfig("[retention]\npeople = \"18 months\"\nevidence = \"10 years\"\n")
        #expect(config.retention.people == .months(18))
        #expect(config.retention.evidence == .years(10))
    }

    @Test(arguments: [
        "forever", "never", "0 days", "", "-1 years", "31 years", "1 day", "29 days", "48 hours",
        "20 working days", "10000 years",
    ])
    func keepForeverOrATyposPeriodIsRefused(_ text: String) throws {
        let found = problems("[retention]\nevidence = \"\(text)\"\n")
        #expect(found.count == 1, "\(found)")
        let problem = try #require(found.first)
        #expect(problem.kind == .invalidValue)
        #expect(problem.line == 2)
        #expect(problem.description.contains("from \"30 days\" to \"30 years\""))
        #expect(problem.description.contains("no \"keep forever\""))
    }

    @Test func aNumberOrAnUnknownKeyIsRefused() {
        #expect(problems("[retention]\npeople = 0\n").map(\.kind) == [.wrongType])
        #expect(problems("[retention]\nliveness = \"1 year\"\n").map(\.kind) == [.unknownKey])
    }

    @Test func theCutoffCountsCalendarMonthsInTheOrganisationsZone() {
        let now = ISO8601.parseInstant("2031-03-31T10:00:00Z")!
        let zone = TimeZone(identifier: "Europe/Brussels")!
        #expect(ISO8601.format(RetentionSettings.cutoff(.months(1), before: now, in: zone)) == "2031-02-28T11:00:00Z")
        #expect(ISO8601.format(RetentionSettings.cutoff(.years(5), before: now, in: zone)) == "2026-03-31T10:00:00Z")
        #expect(ISO8601.format(RetentionSettings.cutoff(.days(30), before: now, in: zone)) == "2031-03-01T11:00:00Z")
    }
}

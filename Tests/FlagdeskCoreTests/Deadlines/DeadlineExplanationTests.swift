import Foundation
import Testing

@testable import FlagdeskCore

/// Every computed deadline carries its reasons (issue 3): rule, source, inputs and steps.
@Suite("Deadline explanations")
struct DeadlineExplanationTests {
    typealias F = DeadlineFixture

    @Test func monthMovedToTheNextWorkingDay() throws {
        let calculator = DeadlineCalculator()
        let explained = try calculator.explain(
            calculator.catalog.rule("gdpr.art12.response"), from: F.instant("2026-04-30T08:00:00Z"),
            zone: F.zone("Europe/Paris"), calendar: DeadlineTestCalendar.franceLike)
        #expect(explained.ruleID == "gdpr.art12.response")
        #expect(explained.source.contains("GDPR Art. 12(3)"))
        #expect(!explained.isPolicy)
        #expect(explained.zone == "Europe/Paris")
        #expect(explained.calendar == "FR-TEST")
        #expect(explained.period == "1 month")
        #expect(explained.counting == .rollForward)
        #expect(explained.dueUTC == "2026-06-01T21:59:59Z")
        #expect(explained.dueLocal == "2026-06-01 23:59:59 +02:00")
        #expect(explained.originalDue == nil)
        let steps = explained.steps
        #expect(steps.contains { $0.contains("2026-04-30T08:00:00Z = 2026-04-30 10:00:00 +02:00 in Europe/Paris") })
        #expect(
            steps.contains {
                $0.hasPrefix("1 month from 2026-04-30 = 2026-05-30 (Saturday) -> next working day 2026-06-01")
            })
        #expect(steps.contains { $0.contains("Ends at the end of 2026-06-01 in Europe/Paris") })
        #expect(!steps.contains { $0.contains("POLICY") })
    }

    @Test func holidaysAreNamed() throws {
        let explained = try DeadlineCalculator().explain(
            F.rule("1 month", .rollForward), from: F.instant("2026-04-01T10:00:00Z"), zone: F.utc,
            calendar: DeadlineTestCalendar.franceLike)
        #expect(explained.steps.contains("2026-05-01 is a public holiday (Fête du Travail / Labour Day)"))
        #expect(explained.steps.contains { $0.contains("2026-05-01 (Friday) -> next working day 2026-05-04 (Monday)") })
    }

    @Test func calendarCountSaysItDoesNotMove() throws {
        let explained = try DeadlineCalculator().explain(
            F.rule("6 months", .calendar), from: F.instant("2026-08-31T10:00:00Z"), zone: F.utc,
            calendar: DeadlineTestCalendar.franceLike)
        #expect(
            explained.steps.contains { $0.contains("2027-02-28 is not a working day, but this rule does not move") })
    }

    @Test func workingDaysNameTheSkippedHolidays() throws {
        let explained = try DeadlineCalculator().explain(
            F.rule("5 working days", .workingDays), from: F.instant("2026-04-30T10:00:00Z"), zone: F.utc,
            calendar: DeadlineTestCalendar.franceLike)
        #expect(explained.steps.contains { $0.hasPrefix("5 working days after 2026-04-30 = 2026-05-11 (Monday)") })
        #expect(explained.steps.contains("2026-05-01 is a public holiday (Fête du Travail / Labour Day)"))
        #expect(explained.steps.contains("2026-05-08 is a public holiday (Victoire 1945 / Victory in Europe Day)"))
    }

    @Test func policyIsLabelled() throws {
        let calculator = DeadlineCalculator()
        let explained = try calculator.explain(
            calculator.catalog.rule("dsa.notice.expected-decision", variant: "trusted"),
            from: F.instant("2026-05-04T09:00:00Z"), zone: F.utc, calendar: WeekendsOnlyCalendar())
        #expect(explained.isPolicy)
        #expect(explained.steps.contains { $0.hasPrefix("POLICY") })
        #expect(explained.dueUTC == "2026-05-07T09:00:00Z")
        #expect(explained.counting == .exactHours)
    }

    @Test func extensionShowsBothCounts() throws {
        let calculator = DeadlineCalculator()
        let explained = try calculator.explain(
            calculator.catalog.rule("gdpr.art12.response"), from: F.instant("2026-01-31T10:00:00Z"), zone: F.utc,
            calendar: WeekendsOnlyCalendar(), extended: true)
        #expect(explained.period == "3 months")
        #expect(explained.steps.contains { $0.hasPrefix("1 month from 2026-01-31 = 2026-02-28 (Saturday)") })
        #expect(explained.steps.contains { $0.hasPrefix("Extended by 2 months") })
        #expect(explained.steps.contains { $0.hasPrefix("3 months from 2026-01-31 = 2026-04-30 (Thursday)") })
    }

    @Test func backwardCountNamesItsAnchor() throws {
        let calculator = DeadlineCalculator()
        let explained = try calculator.explain(
            calculator.catalog.rule("eevidence.preservation-warning"), from: F.instant("2026-05-05T09:00:00Z"),
            zone: F.utc, calendar: WeekendsOnlyCalendar())
        #expect(
            explained.steps.contains {
                $0.hasPrefix("10 days before 2026-07-04 (end of eevidence.art11.preservation) = 2026-06-24 (Wednesday)")
            })
        #expect(explained.steps.contains { $0.contains("not moved (Art. 3(4))") })
    }

    @Test func art35ExtensionIsExplained() throws {
        let explained = try DeadlineCalculator().explain(
            F.rule("2 days", .rollForward), from: F.instant("2026-05-22T10:00:00Z"), zone: F.utc,
            calendar: DeadlineTestCalendar.franceLike)
        #expect(explained.steps.contains { $0.contains("fewer than two working days") && $0.contains("(Art. 3(5))") })
    }

    @Test func jsonRoundTrip() throws {
        let calculator = DeadlineCalculator()
        let explained = try calculator.explain(
            calculator.catalog.rule("dsa.art21.ods-decision"), from: F.instant("2026-01-01T10:00:00Z"), zone: F.utc,
            calendar: WeekendsOnlyCalendar(), extended: true)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data = try encoder.encode(explained)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object["due"] as? String == "2026-06-30T23:59:59Z")
        #expect(object["originalDue"] as? String == "2026-04-01T23:59:59Z")
        #expect(object["rule"] as? String == "dsa.art21.ods-decision")
        #expect(object["isPolicy"] as? Bool == false)
        #expect(object["zone"] as? String == "UTC")
        #expect(try JSONDecoder().decode(ComputedDeadline.self, from: data) == explained)
    }
}

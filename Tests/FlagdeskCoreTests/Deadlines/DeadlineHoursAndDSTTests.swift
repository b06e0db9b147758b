import Foundation
import Testing

@testable import FlagdeskCore

/// Hour periods (1182/71 Art. 3(1), 3(2)(a), and exact hours) and day periods across the
/// Europe/Berlin DST nights: 29 March 2026 (02:00 CET -> 03:00 CEST) and 25 October 2026
/// (03:00 CEST -> 02:00 CET).
@Suite("Deadline hours and DST")
struct DeadlineHoursAndDSTTests {
    typealias F = DeadlineFixture

    struct Case: Sendable, CustomTestStringConvertible {
        let event: String
        let period: String
        let counting: CountingMode
        let zone: String
        let due: String
        let dueLocal: String
        let why: String
        var testDescription: String { "\(event) + \(period) [\(counting.rawValue)] in \(zone): \(why)" }
    }

    static let cases: [Case] = [
        Case(
            event: "2026-03-28T23:30:00Z", period: "8 hours", counting: .hours, zone: "Europe/Berlin",
            due: "2026-03-29T07:59:59Z", dueLocal: "2026-03-29 09:59:59 +02:00",
            why: "starts 01:00 CET; eight real hours end 09:59:59 CEST on the wall clock"),
        Case(
            event: "2026-10-24T22:30:00Z", period: "8 hours", counting: .hours, zone: "Europe/Berlin",
            due: "2026-10-25T06:59:59Z", dueLocal: "2026-10-25 07:59:59 +01:00",
            why: "starts 01:00 CEST; the repeated hour makes the wall clock show 7 more"),
        Case(
            event: "2026-05-04T21:15:00Z", period: "48 hours", counting: .hours, zone: "UTC",
            due: "2026-05-06T21:59:59Z", dueLocal: "2026-05-06 21:59:59 +00:00",
            why: "across two midnights from the next full hour"),
        Case(
            event: "2026-05-04T21:00:00Z", period: "48 hours", counting: .hours, zone: "UTC",
            due: "2026-05-06T21:59:59Z", dueLocal: "2026-05-06 21:59:59 +00:00",
            why: "an event on the hour: that hour is still not counted"),
        Case(
            event: "2026-05-04T10:10:00Z", period: "8 hours", counting: .hours, zone: "Asia/Kolkata",
            due: "2026-05-04T18:29:59Z", dueLocal: "2026-05-04 23:59:59 +05:30",
            why: "half-hour offset: the next full hour is 16:00 IST = 10:30Z"),
        Case(
            event: "2026-12-24T20:00:00Z", period: "8 hours", counting: .hours, zone: "UTC",
            due: "2026-12-25T04:59:59Z", dueLocal: "2026-12-25 04:59:59 +00:00",
            why: "an hours period ending on Christmas Day is not moved"),
        Case(
            event: "2026-10-24T22:15:00Z", period: "48 hours", counting: .exactHours, zone: "Europe/Berlin",
            due: "2026-10-26T22:15:00Z", dueLocal: "2026-10-26 23:15:00 +01:00",
            why: "exact hours: to the second, across the DST night"),
        Case(
            event: "2026-10-24T22:15:00Z", period: "48 hours", counting: .exactHours, zone: "America/New_York",
            due: "2026-10-26T22:15:00Z", dueLocal: "2026-10-26 18:15:00 -04:00",
            why: "exact hours do not depend on the zone"),
        Case(
            event: "2026-03-28T22:30:00Z", period: "1 day", counting: .calendar, zone: "Europe/Berlin",
            due: "2026-03-29T21:59:59Z", dueLocal: "2026-03-29 23:59:59 +02:00",
            why: "23:30 CET on Saturday; Sunday ends at midnight CEST, a 23-hour day"),
        Case(
            event: "2026-10-24T21:30:00Z", period: "1 day", counting: .calendar, zone: "Europe/Berlin",
            due: "2026-10-25T22:59:59Z", dueLocal: "2026-10-25 23:59:59 +01:00",
            why: "23:30 CEST on Saturday; Sunday ends at midnight CET, a 25-hour day"),
        Case(
            event: "2026-03-29T00:30:00Z", period: "1 month", counting: .rollForward, zone: "Europe/Berlin",
            due: "2026-04-29T21:59:59Z", dueLocal: "2026-04-29 23:59:59 +02:00",
            why: "an event in the DST night keeps its date, 29 March"),
        Case(
            event: "2026-02-28T12:00:00Z", period: "1 month", counting: .rollForward, zone: "Europe/Berlin",
            due: "2026-03-30T21:59:59Z", dueLocal: "2026-03-30 23:59:59 +02:00",
            why: "28 March is a Saturday; Monday is in summer time"),
        Case(
            event: "2026-09-25T12:00:00Z", period: "1 month", counting: .rollForward, zone: "Europe/Berlin",
            due: "2026-10-26T22:59:59Z", dueLocal: "2026-10-26 23:59:59 +01:00",
            why: "25 October is the DST Sunday; Monday is in winter time"),
    ]

    @Test(arguments: cases)
    func dueInstantAndWallClock(_ c: Case) throws {
        let explained = try DeadlineCalculator().explain(
            F.rule(c.period, c.counting), from: F.instant(c.event), zone: F.zone(c.zone),
            calendar: DeadlineTestCalendar.franceLike)
        #expect(ISO8601.format(explained.due) == c.due)
        #expect(explained.dueLocal == c.dueLocal)
    }

    /// A period in hours overriding a day-based rule counts under 1182/71 hours; on an exact-hours
    /// rule it stays exact; in days it counts on the calendar.
    @Test func countingFollowsTheUnits() {
        let roll = F.rule("1 month", .rollForward)
        #expect(roll.effectiveCounting(for: .hours(72)) == .hours)
        #expect(roll.effectiveCounting(for: .workingDays(5)) == .workingDays)
        #expect(roll.effectiveCounting(for: .weeks(4)) == .rollForward)
        let exact = F.rule("48 hours", .exactHours)
        #expect(exact.effectiveCounting(for: .hours(24)) == .exactHours)
        #expect(exact.effectiveCounting(for: .days(2)) == .calendar)
    }
}

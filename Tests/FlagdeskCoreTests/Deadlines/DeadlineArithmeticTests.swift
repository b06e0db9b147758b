import Foundation
import Testing

@testable import FlagdeskCore

/// Table tests of Regulation 1182/71 Art. 3 on tricky dates. Expected dates were worked out by
/// hand from the article and checked against a perpetual calendar.
@Suite("Deadline arithmetic")
struct DeadlineArithmeticTests {
    typealias F = DeadlineFixture

    struct Case: Sendable, CustomTestStringConvertible {
        let event: String
        let period: String
        let counting: CountingMode
        /// The last day (local): the deadline is its last second.
        let lastDay: String
        let why: String

        var testDescription: String { "\(event) + \(period) [\(counting.rawValue)] -> \(lastDay): \(why)" }
    }

    static let calendarCases: [Case] = [
        Case(
            event: "2026-01-31T10:00:00Z", period: "1 month", counting: .rollForward, lastDay: "2026-03-02",
            why: "31 Jan -> 28 Feb (Art. 3(2)(c)), a Saturday -> Monday"),
        Case(
            event: "2028-01-31T10:00:00Z", period: "1 month", counting: .rollForward, lastDay: "2028-02-29",
            why: "leap year: 29 Feb, a Tuesday"),
        Case(
            event: "2027-01-31T10:00:00Z", period: "1 month", counting: .rollForward, lastDay: "2027-03-01",
            why: "28 Feb 2027 is a Sunday"),
        Case(
            event: "2025-12-31T10:00:00Z", period: "1 month", counting: .rollForward, lastDay: "2026-02-02",
            why: "year end: 31 Jan 2026 is a Saturday"),
        Case(
            event: "2026-12-31T10:00:00Z", period: "1 month", counting: .rollForward, lastDay: "2027-02-01",
            why: "year end: 31 Jan 2027 is a Sunday"),
        Case(
            event: "2026-04-30T10:00:00Z", period: "1 month", counting: .rollForward, lastDay: "2026-06-01",
            why: "30 May is a Saturday"),
        Case(
            event: "2026-04-01T10:00:00Z", period: "1 month", counting: .rollForward, lastDay: "2026-05-04",
            why: "1 May, a Friday holiday, then the weekend"),
        Case(
            event: "2026-03-27T10:00:00Z", period: "10 days", counting: .rollForward, lastDay: "2026-04-07",
            why: "Easter Monday, a Monday holiday"),
        Case(
            event: "2026-11-25T10:00:00Z", period: "1 month", counting: .rollForward, lastDay: "2026-12-28",
            why: "Christmas on a Friday, then the weekend"),
        Case(
            event: "2026-03-15T10:00:00Z", period: "1 month", counting: .rollForward, lastDay: "2026-04-15",
            why: "same date next month, a Wednesday"),
        Case(
            event: "2024-02-29T10:00:00Z", period: "1 year", counting: .rollForward, lastDay: "2025-02-28",
            why: "29 Feb + 1 year -> 28 Feb, a Friday"),
        Case(
            event: "2026-08-31T10:00:00Z", period: "6 months", counting: .calendar, lastDay: "2027-02-28",
            why: "calendar count: a Sunday end stays"),
        Case(
            event: "2026-01-01T10:00:00Z", period: "90 days", counting: .calendar, lastDay: "2026-04-01",
            why: "the event day is not counted"),
        Case(
            event: "2026-03-29T10:00:00Z", period: "2 weeks", counting: .rollForward, lastDay: "2026-04-13",
            why: "2 weeks from a Sunday end on a Sunday -> Monday"),
        Case(
            event: "2026-04-30T10:00:00Z", period: "5 working days", counting: .workingDays, lastDay: "2026-05-11",
            why: "1 and 8 May are Friday holidays; weekends skipped"),
        Case(
            event: "2026-12-23T10:00:00Z", period: "3 working days", counting: .workingDays, lastDay: "2026-12-29",
            why: "Christmas and the weekend are not counted"),
        Case(
            event: "2026-05-22T10:00:00Z", period: "2 days", counting: .rollForward, lastDay: "2026-05-27",
            why: "Sun -> Whit Monday -> Tue; 23-26 May holds one working day -> Wed (Art. 3(5))"),
        Case(
            event: "2026-04-30T10:00:00Z", period: "2 days", counting: .rollForward, lastDay: "2026-05-05",
            why: "Sat -> Mon 4 May; 1-4 May holds one working day -> Tue (Art. 3(5))"),
        Case(
            event: "2026-05-12T10:00:00Z", period: "2 days", counting: .rollForward, lastDay: "2026-05-15",
            why: "Ascension Thursday -> Friday; 13-15 May holds two working days"),
    ]

    @Test(arguments: calendarCases)
    func lastDayAndInstant(_ c: Case) throws {
        let rule = F.rule(c.period, c.counting)
        let calculator = DeadlineCalculator()
        let due = try calculator.due(
            rule, from: F.instant(c.event), zone: F.utc, calendar: DeadlineTestCalendar.franceLike)
        #expect(ISO8601.format(due) == "\(c.lastDay)T23:59:59Z")
        let explained = try calculator.explain(
            rule, from: F.instant(c.event), zone: F.utc, calendar: DeadlineTestCalendar.franceLike)
        #expect(explained.due == due, "explain and the fast path must agree")
    }

    /// The same count in Paris ends at midnight Paris time, whatever the UTC offset that day.
    @Test func endOfDayIsLocal() throws {
        let due = try DeadlineCalculator().due(
            F.rule("1 month", .rollForward), from: F.instant("2026-04-30T08:00:00Z"), zone: F.zone("Europe/Paris"),
            calendar: DeadlineTestCalendar.franceLike)
        #expect(ISO8601.format(due) == "2026-06-01T21:59:59Z")
        let winter = try DeadlineCalculator().due(
            F.rule("1 month", .rollForward), from: F.instant("2026-11-25T08:00:00Z"), zone: F.zone("Europe/Paris"),
            calendar: DeadlineTestCalendar.franceLike)
        #expect(ISO8601.format(winter) == "2026-12-28T22:59:59Z")
    }

    /// An event late in the evening UTC is already the next day in Berlin: the event day is the
    /// local one.
    @Test func eventDayIsTheLocalDay() throws {
        let event = F.instant("2026-03-28T23:30:00Z")  // 00:30 CET on Sunday 29 March in Berlin
        let calculator = DeadlineCalculator()
        let rule = F.rule("1 day", .calendar)
        let weekends = WeekendsOnlyCalendar()
        let berlin = try calculator.due(rule, from: event, zone: F.zone("Europe/Berlin"), calendar: weekends)
        let london = try calculator.due(rule, from: event, zone: F.zone("Europe/London"), calendar: weekends)
        #expect(ISO8601.format(berlin) == "2026-03-30T21:59:59Z")
        #expect(ISO8601.format(london) == "2026-03-29T22:59:59Z")
    }

    /// The preservation end is not moved; the warning is counted back from it and never moved.
    @Test func preservationAndItsWarning() throws {
        let calculator = DeadlineCalculator()
        let catalog = calculator.catalog
        let received = F.instant("2026-05-05T09:00:00Z")
        let preservation = try catalog.rule("eevidence.art11.preservation")
        let warning = try catalog.rule("eevidence.preservation-warning")
        let cal = WeekendsOnlyCalendar()
        func due(_ rule: DeadlineRule, extended: Bool = false) throws -> String {
            ISO8601.format(try calculator.due(rule, from: received, zone: F.utc, calendar: cal, extended: extended))
        }
        #expect(try due(preservation) == "2026-07-04T23:59:59Z")  // a Saturday, not moved
        #expect(try due(preservation, extended: true) == "2026-08-03T23:59:59Z")  // 60 + 30 days
        #expect(try due(warning) == "2026-06-24T23:59:59Z")
        #expect(try due(warning, extended: true) == "2026-07-24T23:59:59Z")
    }

    /// A backward count that lands on a weekend stays there (Art. 3(4), last sentence).
    @Test func backwardCountIsNotMoved() throws {
        let calculator = DeadlineCalculator()
        let warning = try calculator.catalog.rule("eevidence.preservation-warning")
        // Received 2026-04-25: preservation ends 2026-06-24 (Wed); 10 days before is Sun 14 June.
        let due = try calculator.due(
            warning, from: F.instant("2026-04-25T09:00:00Z"), zone: F.utc, calendar: WeekendsOnlyCalendar())
        #expect(ISO8601.format(due) == "2026-06-14T23:59:59Z")
    }

    struct ExtensionCase: Sendable, CustomTestStringConvertible {
        let ruleID: String
        let event: String
        let original: String
        let extended: String
        var testDescription: String { "\(ruleID) from \(event)" }
    }

    static let extensionCases: [ExtensionCase] = [
        // 1 + 2 months = 3 months from receipt: 30 April, not 28 Feb + 2 months = 28 April.
        ExtensionCase(
            ruleID: "gdpr.art12.response", event: "2026-01-31T10:00:00Z", original: "2026-03-02T23:59:59Z",
            extended: "2026-04-30T23:59:59Z"),
        ExtensionCase(
            ruleID: "dsa.art21.ods-decision", event: "2026-01-01T10:00:00Z", original: "2026-04-01T23:59:59Z",
            extended: "2026-06-30T23:59:59Z"),
    ]

    @Test(arguments: extensionCases)
    func extensionKeepsTheOriginal(_ c: ExtensionCase) throws {
        let calculator = DeadlineCalculator()
        let rule = try calculator.catalog.rule(c.ruleID)
        let explained = try calculator.explain(
            rule, from: F.instant(c.event), zone: F.utc, calendar: DeadlineTestCalendar.franceLike, extended: true)
        #expect(ISO8601.format(explained.due) == c.extended)
        #expect(explained.originalDue.map(ISO8601.format) == c.original)
        #expect(explained.extended)
    }

    /// An override whose units do not add up with the extension: the extension runs on from the
    /// original end, counted like any period.
    @Test func extensionInOtherUnitsRunsOnFromTheUnmovedEnd() throws {
        let rule = F.rule("720 hours", .rollForward, extension: "2 days")
        let due = try DeadlineCalculator().due(
            rule, from: F.instant("2026-01-01T10:30:00Z"), zone: F.utc, calendar: WeekendsOnlyCalendar(),
            extended: true)
        // 720 hours from 11:00 on 1 Jan end 10:59:59 on Sat 31 Jan; 2 days later is Mon 2 Feb, but
        // 1-2 Feb holds a single working day, so Tue 3 Feb (Art. 3(5)).
        #expect(ISO8601.format(due) == "2026-02-03T23:59:59Z")
    }

    @Test func extendingARuleWithoutExtensionIsRefused() throws {
        let calculator = DeadlineCalculator()
        let rule = try calculator.catalog.rule("takeitdown.removal")
        #expect(throws: DeadlineError.noExtension(ruleID: "takeitdown.removal")) {
            try calculator.due(
                rule, from: F.instant("2026-06-01T10:00:00Z"), zone: F.utc, calendar: WeekendsOnlyCalendar(),
                extended: true)
        }
    }
}

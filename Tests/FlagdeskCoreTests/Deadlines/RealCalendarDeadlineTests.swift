import Foundation
import Testing

@testable import FlagdeskCore

/// Deadlines against the real holiday calendars (`HolidayCalendars`), where the country changes
/// the answer.
@Suite("Deadlines with real calendars")
struct RealCalendarDeadlineTests {
    typealias F = DeadlineFixture

    struct Case: Sendable, CustomTestStringConvertible {
        let rule: String
        let event: String
        let country: String
        let zone: String
        let due: String
        let why: String
        var testDescription: String { "\(rule) from \(event) in \(country): \(why)" }
    }

    static let cases: [Case] = [
        Case(
            rule: "gdpr.art12.response", event: "2026-04-30T08:00:00Z", country: "FR", zone: "Europe/Paris",
            due: "2026-06-01T21:59:59Z", why: "30 May is a Saturday"),
        Case(
            rule: "gdpr.art12.response", event: "2026-04-01T08:00:00Z", country: "FR", zone: "Europe/Paris",
            due: "2026-05-04T21:59:59Z", why: "1 May (Fête du Travail) is a Friday"),
        Case(
            rule: "eevidence.art10.production", event: "2026-05-25T08:00:00Z", country: "DE-BY", zone: "Europe/Berlin",
            due: "2026-06-05T21:59:59Z", why: "Corpus Christi, Thursday 4 June, is a holiday in Bavaria"),
        Case(
            rule: "eevidence.art10.production", event: "2026-05-25T08:00:00Z", country: "DE-BE", zone: "Europe/Berlin",
            due: "2026-06-04T21:59:59Z", why: "but not in Berlin"),
        Case(
            rule: "gdpr.art12.response", event: "2026-11-25T12:00:00Z", country: "GB", zone: "Europe/London",
            due: "2026-12-29T23:59:59Z", why: "Christmas Friday, weekend, Boxing Day substitute Monday 28"),
        Case(
            rule: "gdpr.art12.response", event: "2026-11-25T12:00:00Z", country: "FR", zone: "Europe/Paris",
            due: "2026-12-28T22:59:59Z", why: "France has no Boxing Day"),
        Case(
            rule: "eevidence.art10.production", event: "2026-11-16T15:00:00Z", country: "US",
            zone: "America/New_York", due: "2026-11-28T04:59:59Z", why: "Thanksgiving, Thursday 26 November"),
        Case(
            rule: "dsa.art20.complaint-window", event: "2026-06-25T10:00:00Z", country: "FR", zone: "Europe/Paris",
            due: "2026-12-25T22:59:59Z", why: "a calendar count stays on Christmas Day"),
    ]

    @Test(arguments: cases)
    func countryChangesTheAnswer(_ c: Case) throws {
        let calculator = DeadlineCalculator()
        let calendar = try HolidayCalendars.calendar(for: c.country)
        let place = DeadlinePlace(zone: F.zone(c.zone), calendar: calendar)
        let rule = try calculator.catalog.rule(c.rule)
        let fast = try calculator.due(rule, from: F.instant(c.event), at: place)
        let explained = try calculator.explain(rule, from: F.instant(c.event), zone: place.zone, calendar: calendar)
        #expect(ISO8601.format(fast) == c.due)
        #expect(explained.due == fast)
    }

    @Test func holidayNamesComeFromTheCalendar() throws {
        let calculator = DeadlineCalculator()
        let explained = try calculator.explain(
            calculator.catalog.rule("eevidence.art10.production"), from: F.instant("2026-05-25T08:00:00Z"),
            zone: F.zone("Europe/Berlin"), calendar: HolidayCalendars.calendar(for: "DE-BY"))
        #expect(explained.steps.contains("2026-06-04 is a public holiday (Fronleichnam / Corpus Christi)"))
        #expect(explained.calendar == "DE-BY")
    }

    /// The organisation's closure days count like public holidays for its own deadlines.
    @Test func closureDaysMoveTheEnd() throws {
        let calculator = DeadlineCalculator()
        let closures = ClosureCalendar(
            base: try HolidayCalendars.calendar(for: "FR"),
            extra: [Holiday(date: F.day("2026-06-01"), localName: "Fermeture", englishName: "Office closed")])
        let explained = try calculator.explain(
            calculator.catalog.rule("reminder.notice"), from: F.instant("2026-05-25T08:00:00Z"),
            zone: F.zone("Europe/Paris"), calendar: closures)
        // 7 days from Whit Monday = Monday 1 June, closed -> Tuesday 2 June.
        #expect(explained.dueUTC == "2026-06-02T21:59:59Z")
        #expect(explained.steps.contains("2026-06-01 is a public holiday (Fermeture / Office closed)"))
        #expect(explained.calendar == "FR+closures")
    }
}

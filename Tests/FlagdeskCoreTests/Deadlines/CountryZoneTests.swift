import Foundation
import Testing

@testable import FlagdeskCore

/// Reg. 1182/71 Art. 2 and 3: days are those of the place where the action is to be taken, so a
/// country's deadline counts in its own zone, never UTC by default (issue 16, defect 6).
struct CountryZoneTests {
    private let fr = try! HolidayCalendars.calendar(for: "FR")

    @Test func everyCalendarHasAZoneOrSaysWhyNot() {
        for code in HolidayCalendars.supportedCodes {
            let place = CountryZones.place(for: code)
            #expect(place != nil, "\(code)")
            #expect(place?.zone != nil || place?.note != nil, "\(code)")
        }
    }

    /// 20 June 2026 22:30 UTC is 21 June in Brussels: the event day is 21 June, not 20.
    @Test func dueWithACountryCountsTheEventDayInItsZone() throws {
        let place = try PlaceResolution.resolve(
            country: "BE", zone: nil, configuredZone: TimeZone(identifier: "UTC")!, configuredCalendar: fr,
            configuredCountry: nil)
        #expect(place.zone.identifier == "Europe/Brussels")
        #expect(place.warnings.isEmpty)
        let event = ISO8601.parseInstant("2026-06-20T22:30:00Z")!
        #expect(CivilDate(event, in: place.zone) == date("2026-06-21"))
    }

    @Test func aCountryOfSeveralZonesMustBeToldWhich() throws {
        #expect(throws: PlaceResolutionError.self) {
            try PlaceResolution.resolve(
                country: "US", zone: nil, configuredZone: TimeZone(identifier: "UTC")!, configuredCalendar: fr,
                configuredCountry: nil)
        }
        #expect(throws: PlaceResolutionError.self) {
            try PlaceResolution.resolve(
                country: "US-TX", zone: nil, configuredZone: TimeZone(identifier: "UTC")!, configuredCalendar: fr,
                configuredCountry: nil)
        }
        let newYork = try PlaceResolution.resolve(
            country: "US-NY", zone: nil, configuredZone: TimeZone(identifier: "UTC")!, configuredCalendar: fr,
            configuredCountry: nil)
        #expect(newYork.zone.identifier == "America/New_York")
        #expect(newYork.calendar.code == "US")
        #expect(newYork.notes.contains { $0.contains("federal holidays") })
    }

    @Test func anotherPlacesZoneIsCountedAsAskedButWarnedAbout() throws {
        let paris = try PlaceResolution.resolve(
            country: "FR", zone: TimeZone(identifier: "America/New_York")!,
            configuredZone: TimeZone(identifier: "UTC")!,
            configuredCalendar: fr, configuredCountry: nil)
        #expect(paris.zone.identifier == "America/New_York")
        #expect(paris.warnings.count == 1)
        let reunion = try PlaceResolution.resolve(
            country: "FR", zone: TimeZone(identifier: "Indian/Reunion")!, configuredZone: TimeZone(identifier: "UTC")!,
            configuredCalendar: fr, configuredCountry: nil)
        #expect(reunion.warnings.isEmpty, "a zone of France's own territory")
        let configured = try PlaceResolution.resolve(
            country: nil, zone: nil, configuredZone: TimeZone(identifier: "UTC")!, configuredCalendar: fr,
            configuredCountry: "FR")
        #expect(configured.warnings.count == 1, "[calendar] country FR with [time] zone UTC")
    }

    /// DSA Art. 20(1)-(2): the window is counted unmoved (safe); Reg. 1182/71 Art. 3(4) would move
    /// an end on a weekend to the next working day, and both are shown.
    @Test func theArticle20WindowShowsTheSafeAndTheArticle34Date() throws {
        let calculator = DeadlineCalculator()
        let rule = try calculator.catalog.rule("dsa.art20.complaint-window")
        let brussels = TimeZone(identifier: "Europe/Brussels")!
        let be = try HolidayCalendars.calendar(for: "BE")
        // Six months from 3 February 2026 = Monday 3 August: both the same, no second date.
        let plain = try calculator.explain(
            rule, from: date("2026-02-03").startInstant(in: brussels), zone: brussels, calendar: be)
        #expect(plain.article34Due == nil)
        // Six months from 1 February 2026 = Saturday 1 August: safe 1 August, Art. 3(4) Monday 3 August.
        let weekend = try calculator.explain(
            rule, from: date("2026-02-01").startInstant(in: brussels), zone: brussels, calendar: be)
        #expect(weekend.dueLocal.hasPrefix("2026-08-01"))
        let moved = try #require(weekend.article34Due)
        #expect(LocalTime.text(moved, in: brussels).hasPrefix("2026-08-03"))
        #expect(weekend.steps.last?.contains("Art. 3(4)") == true)
    }
}

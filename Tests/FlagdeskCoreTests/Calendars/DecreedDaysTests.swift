import Foundation
import Testing

@testable import FlagdeskCore

/// Working days moved by government decree count (issue 16, defect 14): the bridge day is a rest
/// day, the Saturday worked for it a working day, each cited to its decree; a year whose decree
/// is not known is said so.
struct DecreedDaysTests {
    /// 11/2024. (IV. 8.) NGM rendelet § 2 (Mt. § 102(5)): 2 May 2025 (Friday) a rest day, 17 May
    /// 2025 (Saturday) a working day; 10/2025. (IV. 30.) NGM rendelet: 2 January 2026 rest,
    /// 10 January 2026 worked.
    @Test func hungaryCountsTheMinistersSwaps() throws {
        let hu = try HolidayCalendars.calendar(for: "HU")
        #expect(!hu.isWorkingDay(date("2025-05-02")))
        #expect(try holiday("HU", "2025-05-02")?.englishName.contains("11/2024. (IV. 8.) NGM rendelet") == true)
        #expect(hu.isWorkingDay(date("2025-05-17")), "a Saturday made a working day")
        #expect(!hu.isWorkingDay(date("2025-05-24")), "an ordinary Saturday")
        #expect(hu.decreedWorkingDays(in: 2026).map(\.date.description) == ["2026-01-10", "2026-08-08", "2026-12-12"])
        #expect(!hu.isWorkingDay(date("2026-08-21")))
    }

    /// MK rīkojums "Par darba dienu pārcelšanu 2026. gadā" (Darba likums Art. 133(4)): 2 January
    /// moved to Saturday 17 January, 22 June to Saturday 27 June.
    @Test func latviaCountsTheCabinetOrder() throws {
        let lv = try HolidayCalendars.calendar(for: "LV")
        #expect(!lv.isWorkingDay(date("2026-01-02")))
        #expect(lv.isWorkingDay(date("2026-01-17")))
        #expect(!lv.isWorkingDay(date("2026-06-22")))
        #expect(lv.isWorkingDay(date("2026-06-27")))
    }

    /// Кодекс на труда чл. 154(2): the Council of Ministers' decision of 19 November 2025 made
    /// 31 December 2025 and 2 January 2026 days off (euro changeover), with no Saturday worked.
    @Test func bulgariaCountsTheEuroChangeoverDaysOff() throws {
        let bg = try HolidayCalendars.calendar(for: "BG")
        #expect(!bg.isWorkingDay(date("2025-12-31")))
        #expect(!bg.isWorkingDay(date("2026-01-02")))
        #expect(bg.decreedWorkingDays(in: 2025).isEmpty)
    }

    /// A deadline whose last day is the decreed rest day moves past it (Reg. 1182/71 Art. 3(4));
    /// one ending on the worked Saturday ends there, and the explanation says why.
    @Test func aRollForwardDeadlineSkipsTheRestDayAndStopsOnTheWorkedSaturday() throws {
        let calculator = DeadlineCalculator()
        let rule = try calculator.catalog.rule("gdpr.art12.response")
        let budapest = TimeZone(identifier: "Europe/Budapest")!
        let hu = try HolidayCalendars.calendar(for: "HU")
        // One month from 2 April 2025 = Friday 2 May, a rest day: Monday 5 May.
        let fromApril = try calculator.explain(
            rule, from: date("2025-04-02").startInstant(in: budapest), zone: budapest, calendar: hu)
        #expect(fromApril.dueLocal.hasPrefix("2025-05-05"))
        // One month from 17 April 2025 = Saturday 17 May, worked by decree: it ends there.
        let fromMid = try calculator.explain(
            rule, from: date("2025-04-17").startInstant(in: budapest), zone: budapest, calendar: hu)
        #expect(fromMid.dueLocal.hasPrefix("2025-05-17"))
        #expect(fromMid.steps.contains { $0.contains("a working day by decree") })
    }

    @Test func aYearWithoutAKnownDecreeIsSaidSo() throws {
        let hu = try HolidayCalendars.calendar(for: "HU")
        #expect(hu.decreeCoverage?.gap(in: 2026, code: "HU") == nil)
        let gap = try #require(hu.decreeCoverage?.gap(in: 2027, code: "HU"))
        #expect(gap.contains("not yet known"))
        #expect(HolidayCalendars.coverageNotes(for: hu, from: date("2026-11-02")).count == 1, "2027 is reached")
        #expect(
            HolidayCalendars.coverageNotes(for: try HolidayCalendars.calendar(for: "FR"), from: date("2026-11-02"))
                .isEmpty)
    }
}

import Testing

@testable import FlagdeskCore

struct HolidayRuleTests {
    @Test func nthWeekdayCountsFromEitherEnd() {
        // May 2024 starts on a Wednesday and ends on a Friday.
        #expect(DateRule.nthWeekday(n: 1, weekday: .monday, month: 5).date(in: 2024) == date("2024-05-06"))
        #expect(DateRule.nthWeekday(n: -1, weekday: .monday, month: 5).date(in: 2024) == date("2024-05-27"))
        #expect(DateRule.nthWeekday(n: 4, weekday: .thursday, month: 11).date(in: 2024) == date("2024-11-28"))
        // The month's first day is the weekday asked for.
        #expect(DateRule.nthWeekday(n: 1, weekday: .wednesday, month: 5).date(in: 2024) == date("2024-05-01"))
        #expect(DateRule.nthWeekday(n: -1, weekday: .friday, month: 5).date(in: 2024) == date("2024-05-31"))
    }

    @Test func weekdayOnOrAfterIncludesTheStartDay() {
        // 20 June 2026 is a Saturday: Swedish Midsummer Day that very day.
        #expect(DateRule.weekdayOnOrAfter(weekday: .saturday, month: 6, day: 20).date(in: 2026) == date("2026-06-20"))
        #expect(DateRule.weekdayOnOrAfter(weekday: .saturday, month: 6, day: 20).date(in: 2025) == date("2025-06-21"))
    }

    @Test func yearsMovesAndSuspensions() {
        let rule = HolidayRule.fixed(6, 1, "x", "x").from(2000).until(2010).except(2005).moved(in: 2008, to: 6, 3)
        #expect(rule.date(in: 1999) == nil)
        #expect(rule.date(in: 2000) == date("2000-06-01"))
        #expect(rule.date(in: 2005) == nil)
        #expect(rule.date(in: 2008) == date("2008-06-03"))
        #expect(rule.date(in: 2011) == nil)
    }

    @Test func nextFreeWeekdaySkipsHolidaysAndEarlierSubstitutes() {
        let sub = Substitution(.nextFreeWeekday, localSuffix: " (s)", englishSuffix: " (s)")
        let rules = [
            HolidayRule.fixed(12, 25, "C", "C").substituted(sub),
            HolidayRule.fixed(12, 26, "B", "B").substituted(sub),
        ]
        // 2021: Saturday and Sunday -> Monday 27 and Tuesday 28.
        let y2021 = HolidayYearBuilder.holidays(of: rules, in: 2021)
        #expect(y2021.map(\.date.description) == ["2021-12-25", "2021-12-26", "2021-12-27", "2021-12-28"])
        #expect(y2021.map(\.englishName) == ["C", "B", "C (s)", "B (s)"])
        // 2022: Christmas on Sunday, Boxing Day on Monday -> Christmas moves to Tuesday 27.
        let y2022 = HolidayYearBuilder.holidays(of: rules, in: 2022)
        #expect(y2022.map(\.date.description) == ["2022-12-25", "2022-12-26", "2022-12-27"])
        #expect(y2022.last?.englishName == "C (s)")
    }

    @Test func nearestWeekdayCrossesIntoThePreviousYear() {
        let observed = Substitution(.nearestWeekday, localSuffix: " (o)", englishSuffix: " (o)")
        let rules = [HolidayRule.fixed(1, 1, "N", "N").substituted(observed)]
        // 1 January 2022 is a Saturday: observed on Friday 31 December 2021, in 2021's list.
        #expect(
            HolidayYearBuilder.holidays(of: rules, in: 2021).map(\.date.description) == ["2021-01-01", "2021-12-31"])
        #expect(HolidayYearBuilder.holidays(of: rules, in: 2022).map(\.date.description) == ["2022-01-01"])
        // 1 January 2023 is a Sunday: Monday 2 January.
        #expect(
            HolidayYearBuilder.holidays(of: rules, in: 2023).map(\.date.description) == ["2023-01-01", "2023-01-02"])
    }

    @Test func substitutionStartsInItsYear() {
        let sub = Substitution(.nextFreeWeekday, since: 2017, localSuffix: "", englishSuffix: " (s)")
        let rules = [HolidayRule.fixed(1, 1, "N", "N").substituted(sub)]
        #expect(HolidayYearBuilder.holidays(of: rules, in: 2011).count == 1)  // a Saturday, before 2017
        #expect(
            HolidayYearBuilder.holidays(of: rules, in: 2022).map(\.date.description) == ["2022-01-01", "2022-01-03"])
    }

    @Test func twoHolidaysOnOneDayShareTheEntry() throws {
        // 1 May 2008 was both Labour Day and Ascension Day.
        let may1 = try #require(try holiday("DE", "2008-05-01"))
        #expect(may1.localName == "Tag der Arbeit / Christi Himmelfahrt")
        #expect(may1.englishName == "Labour Day / Ascension Day")
        // 2017 Reformation Day: nationwide and in Saxony's own law, listed once.
        #expect(try holiday("DE-SN", "2017-10-31")?.localName == "Reformationstag")
    }
}

import Testing

@testable import FlagdeskCore

struct ClosureCalendarTests {
    @Test func addsDatedAndAnnualClosures() throws {
        let base = try HolidayCalendars.calendar(for: "DE-BY")
        let calendar = ClosureCalendar(
            base: base,
            extra: [
                Holiday(date: date("2026-12-28"), localName: "Betriebsferien", englishName: "Office closed"),
                // Already a holiday: the holiday's names win.
                Holiday(date: date("2026-12-25"), localName: "Betriebsferien", englishName: "Office closed"),
            ],
            annual: [AnnualClosure(month: 12, day: 24, name: "Heiligabend")!])
        #expect(calendar.code == "DE-BY+closures")
        #expect(calendar.isHoliday(date("2026-12-28")))
        #expect(!calendar.isHoliday(date("2027-12-28")))
        #expect(calendar.isHoliday(date("2026-12-24")))
        #expect(calendar.isHoliday(date("2031-12-24")))
        #expect(calendar.isHoliday(date("2026-01-06")))  // from the base
        #expect(!calendar.isHoliday(date("2026-12-29")))

        let list = calendar.holidays(in: 2026)
        #expect(list.map(\.date) == list.map(\.date).sorted())
        #expect(list.count == base.holidays(in: 2026).count + 2)
        #expect(list.first { $0.date == date("2026-12-25") }?.englishName == "Christmas Day")
        #expect(list.first { $0.date == date("2026-12-28") }?.englishName == "Office closed")
        #expect(!calendar.isWorkingDay(date("2026-12-28")))
    }

    @Test func annualClosureRejectsImpossibleDatesAndSkipsMissingLeapDays() throws {
        #expect(AnnualClosure(month: 4, day: 31, name: "x") == nil)
        let leap = try #require(AnnualClosure(month: 2, day: 29, name: "Leap"))
        let calendar = ClosureCalendar(base: WeekendsOnlyCalendar(), extra: [], annual: [leap])
        #expect(calendar.holidays(in: 2024).map(\.date) == [date("2024-02-29")])
        #expect(calendar.holidays(in: 2025).isEmpty)
        #expect(!calendar.isHoliday(date("2025-03-01")))
    }

    @Test func agreesWithItsListEveryDay() throws {
        let calendar = ClosureCalendar(
            base: try HolidayCalendars.calendar(for: "GB-SCT"),
            extra: [Holiday(date: date("2025-08-08"), localName: "Away day", englishName: "Away day")],
            annual: [AnnualClosure(month: 12, day: 31, name: "Hogmanay")!])
        let listed = Set(calendar.holidays(in: 2025).map(\.date))
        var day = date("2025-01-01")
        while day.year == 2025 {
            #expect(calendar.isHoliday(day) == listed.contains(day), "\(day)")
            day = day.adding(days: 1)
        }
    }
}

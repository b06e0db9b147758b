import Testing

@testable import FlagdeskCore

/// For every calendar and every supported year: holidays lie within the year, sorted, one per
/// date, named in both languages, and `isHoliday` agrees with `holidays(in:)` on every day.
struct HolidayPropertyTests {
    @Test(arguments: HolidayCalendars.supportedCodes)
    func listsAreConsistentInEveryYear(code: String) throws {
        let calendar = try HolidayCalendars.calendar(for: code)
        for year in HolidayCalendars.supportedYears {
            let holidays = calendar.holidays(in: year)
            // Switzerland: CH alone is the days every canton keeps (3 before 1994, then 4); Fribourg
            // and Solothurn add Good Friday only.
            let fewest = code == "CH" ? 3 : code.hasPrefix("CH-") ? 4 : 5
            #expect(holidays.count >= fewest, "\(code) \(year)")
            #expect(holidays.allSatisfy { $0.date.year == year }, "\(code) \(year)")
            #expect(zip(holidays, holidays.dropFirst()).allSatisfy { $0.date < $1.date }, "\(code) \(year)")
            #expect(holidays.allSatisfy { !$0.localName.isEmpty && !$0.englishName.isEmpty }, "\(code) \(year)")

            let listed = Set(holidays.map(\.date))
            var day = CivilDate(year: year, month: 1, day: 1)!
            var disagreements: [CivilDate] = []
            while day.year == year {
                if calendar.isHoliday(day) != listed.contains(day) { disagreements.append(day) }
                day = day.adding(days: 1)
            }
            #expect(disagreements.isEmpty, "\(code) \(year): \(disagreements)")
        }
    }

    @Test func everyCalendarHasNewYearOrChristmas() throws {
        for code in HolidayCalendars.supportedCodes {
            let calendar = try HolidayCalendars.calendar(for: code)
            for year in [1990, 2024, 2100] {
                #expect(calendar.isHoliday(date("\(year)-01-01")), "\(code) \(year)")
                #expect(calendar.isHoliday(date("\(year)-12-25")), "\(code) \(year)")
            }
        }
    }

    @Test func concurrentQuestionsGetTheSameAnswers() async throws {
        let codes = HolidayCalendars.supportedCodes
        let expected = try codes.map { try HolidayCalendars.calendar(for: $0).holidays(in: 2031).count }
        let counts = try await withThrowingTaskGroup(of: (Int, Int).self) { group in
            for (index, code) in codes.enumerated() {
                for _ in 0..<4 {
                    group.addTask {
                        let calendar = try HolidayCalendars.calendar(for: code)
                        var count = 0
                        var day = date("2031-01-01")
                        while day.year == 2031 {
                            if calendar.isHoliday(day) { count += 1 }
                            day = day.adding(days: 1)
                        }
                        return (index, count)
                    }
                }
            }
            var result: [(Int, Int)] = []
            for try await pair in group { result.append(pair) }
            return result
        }
        for (index, count) in counts {
            #expect(count == expected[index], "\(codes[index])")
        }
    }

    @Test func yearsOutsideTheRangeStillAnswer() throws {
        let calendar = try HolidayCalendars.calendar(for: "FR")
        #expect(calendar.isHoliday(date("2150-07-14")))
        #expect(calendar.holidays(in: 1900).contains { $0.date == date("1900-07-14") })
    }
}

import Testing

@testable import FlagdeskCore

/// Reference dates: python-dateutil's `easter()` (EASTER_WESTERN and EASTER_ORTHODOX), an
/// independent implementation, and the national lists of the countries that use them.
struct EasterTests {
    @Test(arguments: [
        ("1990-04-15", 1990), ("2000-04-23", 2000), ("2008-03-23", 2008), ("2011-04-24", 2011),
        ("2021-04-04", 2021), ("2024-03-31", 2024), ("2025-04-20", 2025), ("2026-04-05", 2026),
        ("2038-04-25", 2038), ("2100-03-28", 2100),
    ])
    func westernEaster(expected: String, year: Int) {
        #expect(Easter.western(year) == date(expected))
    }

    @Test(arguments: [
        ("1990-04-15", 1990), ("2000-04-30", 2000), ("2008-04-27", 2008), ("2011-04-24", 2011),
        ("2021-05-02", 2021), ("2022-04-24", 2022), ("2023-04-16", 2023), ("2024-05-05", 2024),
        ("2025-04-20", 2025), ("2026-04-12", 2026), ("2038-04-25", 2038),
        // 2100 is a Julian leap year but not a Gregorian one: the calendars drift to 14 days apart.
        ("2100-05-02", 2100),
    ])
    func orthodoxEaster(expected: String, year: Int) {
        #expect(Easter.orthodox(year) == date(expected))
    }

    @Test func everyEasterIsASundayInItsWindow() {
        for year in HolidayCalendars.supportedYears {
            let western = Easter.western(year)
            let orthodox = Easter.orthodox(year)
            #expect(western.isoWeekday == 7)
            #expect(orthodox.isoWeekday == 7)
            #expect(western >= date("\(year)-03-22") && western <= date("\(year)-04-25"))
            #expect(orthodox >= date("\(year)-04-04") && orthodox <= date("\(year)-05-09"))
            #expect(orthodox >= western)
        }
    }
}

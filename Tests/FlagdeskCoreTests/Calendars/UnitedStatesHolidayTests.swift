import Testing

@testable import FlagdeskCore

/// U.S. Office of Personnel Management, "Federal Holidays" (2008, 2011, 2020, 2021, 2025), and
/// 5 U.S.C. 6103. Weekends included: a holiday on a weekend is listed with its observed day.
struct UnitedStatesHolidayTests {
    static let lists: [PublishedList] = [
        .init("US", 2008, "01-01 01-21 02-18 05-26 07-04 09-01 10-13 11-11 11-27 12-25"),
        .init("US", 2010, "01-01 01-18 02-15 05-31 07-04 07-05 09-06 10-11 11-11 11-25 12-24 12-25 12-31"),
        .init("US", 2011, "01-01 01-17 02-21 05-30 07-04 09-05 10-10 11-11 11-24 12-25 12-26"),
        .init("US", 2020, "01-01 01-20 02-17 05-25 07-03 07-04 09-07 10-12 11-11 11-26 12-25"),
        .init("US", 2021, "01-01 01-18 02-15 05-31 06-18 06-19 07-04 07-05 09-06 10-11 11-11 11-25 12-24 12-25 12-31"),
        .init("US", 2025, "01-01 01-20 02-17 05-26 06-19 07-04 09-01 10-13 11-11 11-27 12-25"),
    ]

    @Test(arguments: lists)
    func matchesPublishedList(list: PublishedList) throws {
        #expect(try computedDates(list) == list.dates)
    }

    @Test func observedDays() throws {
        #expect(try holiday("US", "2021-12-24")?.englishName == "Christmas Day (observed)")
        // New Year's Day 2022 (a Saturday) was observed on Friday 31 December 2021.
        #expect(try holiday("US", "2021-12-31")?.englishName == "New Year's Day (observed)")
        #expect(try holiday("US", "2022-01-03") == nil)
        #expect(try holiday("US", "2020-06-19") == nil)  // Juneteenth from 2021
        #expect(try holiday("US", "2023-01-02")?.englishName == "New Year's Day (observed)")
    }
}

import Testing

@testable import FlagdeskCore

/// gov.uk/bank-holidays (the published bank-holidays data for England and Wales, Scotland and
/// Northern Ireland, 2008-2025; older years from the same Royal Proclamations), weekends
/// included: a holiday on a weekend is listed with its substitute day.
struct UnitedKingdomHolidayTests {
    static let lists: [PublishedList] = [
        .init("GB", 2008, "01-01 03-21 03-24 05-05 05-26 08-25 12-25 12-26"),
        .init("GB", 2011, "01-01 01-03 04-22 04-25 04-29 05-02 05-30 08-29 12-25 12-26 12-27"),
        .init("GB", 2012, "01-01 01-02 04-06 04-09 05-07 06-04 06-05 08-27 12-25 12-26"),
        .init("GB", 2020, "01-01 04-10 04-13 05-08 05-25 08-31 12-25 12-26 12-28"),
        .init("GB", 2021, "01-01 04-02 04-05 05-03 05-31 08-30 12-25 12-26 12-27 12-28"),
        .init("GB", 2022, "01-01 01-03 04-15 04-18 05-02 06-02 06-03 08-29 09-19 12-25 12-26 12-27"),
        .init("GB", 2023, "01-01 01-02 04-07 04-10 05-01 05-08 05-29 08-28 12-25 12-26"),
        .init("GB", 2038, "01-01 04-23 04-26 05-03 05-31 08-30 12-25 12-26 12-27 12-28"),
        .init("GB-SCT", 2008, "01-01 01-02 03-21 05-05 05-26 08-04 11-30 12-01 12-25 12-26"),
        .init("GB-SCT", 2011, "01-01 01-02 01-03 01-04 04-22 04-29 05-02 05-30 08-01 11-30 12-25 12-26 12-27"),
        .init("GB-SCT", 2022, "01-01 01-02 01-03 01-04 04-15 05-02 06-02 06-03 08-01 09-19 11-30 12-25 12-26 12-27"),
        .init("GB-SCT", 2025, "01-01 01-02 04-18 05-05 05-26 08-04 11-30 12-01 12-25 12-26"),
        .init("GB-NIR", 2008, "01-01 03-17 03-21 03-24 05-05 05-26 07-12 07-14 08-25 12-25 12-26"),
        .init("GB-NIR", 2011, "01-01 01-03 03-17 04-22 04-25 04-29 05-02 05-30 07-12 08-29 12-25 12-26 12-27"),
        .init("GB-NIR", 2025, "01-01 03-17 04-18 04-21 05-05 05-26 07-12 07-14 08-25 12-25 12-26"),
    ]

    @Test(arguments: lists)
    func matchesPublishedList(list: PublishedList) throws {
        #expect(try computedDates(list) == list.dates)
    }

    @Test func christmas2021SubstituteDays() throws {
        #expect(try holiday("GB", "2021-12-27")?.englishName == "Christmas Day (substitute day)")
        #expect(try holiday("GB", "2021-12-28")?.englishName == "Boxing Day (substitute day)")
        #expect(try holiday("UK", "2021-12-29") == nil)
    }

    @Test func queensFuneralIsAOneOff() throws {
        #expect(try holiday("GB", "2022-09-19")?.englishName == "State Funeral of Queen Elizabeth II")
        #expect(try holiday("GB-SCT", "2022-09-19") != nil)
        #expect(try holiday("GB", "2023-09-19") == nil)
        // The spring bank holiday moved to the Thursday; the last Monday of May was a working day.
        #expect(try holiday("GB", "2022-05-30") == nil)
    }

    @Test func scotlandAndNorthernIrelandDiffer() throws {
        #expect(try holiday("GB-SCT", "2025-04-21") == nil)  // no Easter Monday in Scotland
        #expect(try holiday("GB-SCT", "2025-08-04")?.englishName == "Summer bank holiday")
        #expect(try holiday("GB", "2025-08-04") == nil)
        #expect(try holiday("GB-SCT", "2025-12-01")?.englishName == "St Andrew's Day (substitute day)")
        #expect(try holiday("GB-SCT", "2006-11-30") == nil)  // St Andrew's Day from 2007
        #expect(
            try holiday("GB-NIR", "2025-07-14")?.englishName == "Battle of the Boyne (Orangemen's Day) (substitute day)"
        )
    }
}

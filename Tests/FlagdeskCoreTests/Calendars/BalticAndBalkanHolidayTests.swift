import Testing

@testable import FlagdeskCore

/// Published lists, weekends included. Orthodox Easter (BG, RO): 27 April 2008, 24 April 2011,
/// 16 April 2023, 5 May 2024, 20 April 2025. Sources:
/// - BG: Кодекс на труда чл. 154; Council of Ministers' calendars of days off (2023, 2024, 2025),
///   which give the first working day after a holiday on a weekend.
/// - HR: Zakon o blagdanima, spomendanima i neradnim danima, NN 110/2019 (gov.hr, 2025).
/// - EE: Pühade ja tähtpäevade seadus (riigiteataja.ee, 2025).
/// - LV: likums "Par svētku, atceres un atzīmējamām dienām" (likumi.lv, 2025); the 2023 special
///   days off (29 May, 10 July).
/// - LT: Darbo kodeksas (e-tar.lt, 2025); All Souls' Day from 2020.
/// - RO: Codul muncii art. 139 (legislatie.just.ro, 2024, 2025); Legea 52/2023.
/// - SI: Zakon o praznikih in dela prostih dnevih (gov.si, 2023, 2025).
struct BalticAndBalkanHolidayTests {
    static let lists: [PublishedList] = [
        .init("BG", 2008, "01-01 03-03 04-27 04-28 05-01 05-06 05-24 09-06 09-22 12-24 12-25 12-26"),
        .init("BG", 2011, "01-01 03-03 04-22 04-23 04-24 04-25 05-01 05-06 05-24 09-06 09-22 12-24 12-25 12-26"),
        .init(
            "BG", 2023,
            "01-01 01-02 03-03 04-14 04-15 04-16 04-17 05-01 05-06 05-08 05-24 09-06 09-22 12-24 12-25 12-26 12-27"),
        .init("BG", 2024, "01-01 03-03 03-04 05-01 05-03 05-04 05-05 05-06 05-24 09-06 09-22 09-23 12-24 12-25 12-26"),
        .init(
            "BG", 2025,
            // 31 December: a day off for the euro changeover (Council of Ministers, 19 November 2025).
            "01-01 03-03 04-18 04-19 04-20 04-21 05-01 05-06 05-24 05-26 09-06 09-08 09-22 12-24 12-25 12-26 12-31"),
        .init("HR", 2008, "01-01 01-06 03-24 05-01 05-22 06-22 06-25 08-05 08-15 10-08 11-01 12-25 12-26"),
        .init("HR", 2011, "01-01 01-06 04-24 04-25 05-01 06-22 06-23 06-25 08-05 08-15 10-08 11-01 12-25 12-26"),
        .init("HR", 2025, "01-01 01-06 04-20 04-21 05-01 05-30 06-19 06-22 08-05 08-15 11-01 11-18 12-25 12-26"),
        .init("EE", 2008, "01-01 02-24 03-21 03-23 05-01 05-11 06-23 06-24 08-20 12-24 12-25 12-26"),
        .init("EE", 2011, "01-01 02-24 04-22 04-24 05-01 06-12 06-23 06-24 08-20 12-24 12-25 12-26"),
        .init("EE", 2025, "01-01 02-24 04-18 04-20 05-01 06-08 06-23 06-24 08-20 12-24 12-25 12-26"),
        .init("LV", 2008, "01-01 03-21 03-23 03-24 05-01 05-04 05-05 05-11 06-23 06-24 11-18 12-24 12-25 12-26 12-31"),
        .init("LV", 2011, "01-01 04-22 04-24 04-25 05-01 05-04 05-08 06-12 06-23 06-24 11-18 12-24 12-25 12-26 12-31"),
        .init(
            "LV", 2023,
            "01-01 04-07 04-09 04-10 05-01 05-04 05-14 05-28 05-29 06-23 06-24 07-10 11-18 11-20 12-24 12-25 12-26 12-31"
        ),
        .init(
            "LV", 2025,
            "01-01 04-18 04-20 04-21 05-01 05-04 05-05 05-11 06-08 06-23 06-24 11-18 12-24 12-25 12-26 12-31"),
        .init("LT", 2008, "01-01 02-16 03-11 03-23 03-24 05-01 05-04 06-01 06-24 07-06 08-15 11-01 12-24 12-25 12-26"),
        .init("LT", 2011, "01-01 02-16 03-11 04-24 04-25 05-01 06-05 06-24 07-06 08-15 11-01 12-24 12-25 12-26"),
        .init(
            "LT", 2025,
            "01-01 02-16 03-11 04-20 04-21 05-01 05-04 06-01 06-24 07-06 08-15 11-01 11-02 12-24 12-25 12-26"),
        .init("RO", 2008, "01-01 01-02 04-27 04-28 05-01 12-01 12-25 12-26"),
        .init("RO", 2011, "01-01 01-02 04-24 04-25 05-01 06-12 06-13 08-15 12-01 12-25 12-26"),
        .init("RO", 2023, "01-01 01-02 01-24 04-14 04-16 04-17 05-01 06-01 06-04 06-05 08-15 11-30 12-01 12-25 12-26"),
        .init(
            "RO", 2024,
            "01-01 01-02 01-06 01-07 01-24 05-01 05-03 05-05 05-06 06-01 06-23 06-24 08-15 11-30 12-01 12-25 12-26"),
        .init(
            "RO", 2025,
            "01-01 01-02 01-06 01-07 01-24 04-18 04-20 04-21 05-01 06-01 06-08 06-09 08-15 11-30 12-01 12-25 12-26"),
        .init("SI", 2008, "01-01 01-02 02-08 03-23 03-24 04-27 05-01 05-02 05-11 06-25 08-15 10-31 11-01 12-25 12-26"),
        .init("SI", 2011, "01-01 01-02 02-08 04-24 04-25 04-27 05-01 05-02 06-12 06-25 08-15 10-31 11-01 12-25 12-26"),
        .init("SI", 2014, "01-01 02-08 04-20 04-21 04-27 05-01 05-02 06-08 06-25 08-15 10-31 11-01 12-25 12-26"),
        .init(
            "SI", 2023,
            "01-01 01-02 02-08 04-09 04-10 04-27 05-01 05-02 05-28 06-25 08-14 08-15 10-31 11-01 12-25 12-26"),
    ]

    @Test(arguments: lists)
    func matchesPublishedList(list: PublishedList) throws {
        #expect(try computedDates(list) == list.dates)
    }

    @Test func substituteDaysAndNames() throws {
        #expect(try holiday("BG", "2023-12-27")?.localName == "Бъдни вечер (почивен ден)")
        #expect(try holiday("BG", "2024-05-06")?.englishName == "Easter Monday / St George's Day")
        // 6 September on a Sunday: no substitute in 2015, Monday 7 September in 2020 (from 2017).
        #expect(try holiday("BG", "2015-09-07") == nil)
        #expect(try holiday("BG", "2020-09-07")?.englishName == "Unification Day (substitute day)")
        #expect(try holiday("LV", "2023-11-20")?.englishName == "Proclamation Day (substitute day)")
        #expect(try holiday("EE", "2025-01-06") == nil)  // Estonia has no Epiphany holiday
        #expect(try holiday("HR", "2019-06-25")?.localName == "Dan državnosti")
        #expect(try holiday("HR", "2020-05-30")?.localName == "Dan državnosti")
        #expect(try holiday("RO", "2023-01-06") == nil)
    }
}

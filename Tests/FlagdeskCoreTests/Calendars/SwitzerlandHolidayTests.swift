import Testing

@testable import FlagdeskCore

/// Swiss holidays are cantonal (Arbeitsgesetz Art. 20a(1); Federal Constitution Art. 110(3) for
/// 1 August): each canton's list as the Federal Office of Justice publishes it ("Gesetzliche
/// Feiertage und Ruhetage der Kantone"); `CH` alone only the four days every canton keeps
/// (issue 16, defect 14).
struct SwitzerlandHolidayTests {
    static let lists: [PublishedList] = [
        .init("CH-ZH", 2025, "01-01 04-18 04-21 05-01 05-29 06-09 08-01 12-25 12-26"),
        .init("CH-GE", 2025, "01-01 04-18 04-21 05-29 06-09 08-01 09-11 12-25 12-31"),
        .init("CH-VD", 2025, "01-01 01-02 04-18 04-21 05-29 06-09 08-01 09-22 12-25"),
        .init("CH-BE", 2025, "01-01 01-02 04-18 04-21 05-29 06-09 08-01 12-25 12-26"),
        .init(
            "CH-TI", 2025, "01-01 01-06 03-19 04-21 05-01 05-29 06-09 06-19 06-29 08-01 08-15 11-01 12-08 12-25 12-26"),
        .init("CH-GL", 2025, "01-01 04-03 04-18 04-21 05-29 06-09 08-01 11-01 12-25 12-26"),
        .init("CH", 2025, "01-01 05-29 08-01 12-25"),
    ]

    @Test(arguments: lists)
    func matchesPublishedList(list: PublishedList) throws {
        #expect(try computedDates(list) == list.dates)
    }

    /// Neuchâtel keeps 2 January and 26 December only when they fall on a Monday.
    @Test func neuchatelKeepsTheSecondDaysOnlyOnAMonday() throws {
        #expect(try holiday("CH-NE", "2023-01-02") != nil, "Monday")
        #expect(try holiday("CH-NE", "2025-01-02") == nil, "Thursday")
        #expect(try holiday("CH-NE", "2022-12-26") != nil, "Monday")
    }

    /// Näfelser Fahrt: the first Thursday of April, a week later when that is Maundy Thursday.
    @Test func naefelserFahrtAvoidsHolyWeek() throws {
        #expect(try holiday("CH-GL", "2025-04-03")?.localName == "Näfelser Fahrt")
        #expect(try holiday("CH-GL", "2026-04-02") == nil, "Maundy Thursday 2026")
        #expect(try holiday("CH-GL", "2026-04-09")?.localName == "Näfelser Fahrt")
    }

    @Test func everyCantonHasTheCommonDaysAndCountsInZurichTime() throws {
        for code in HolidayCalendars.supportedCodes where code.hasPrefix("CH-") {
            let calendar = try HolidayCalendars.calendar(for: code)
            for day in ["2025-01-01", "2025-05-29", "2025-08-01", "2025-12-25"] {
                #expect(calendar.isHoliday(date(day)), "\(code) \(day)")
            }
            #expect(CountryZones.zone(forCountry: code)?.identifier == "Europe/Zurich")
        }
    }
}

import Testing

@testable import FlagdeskCore

/// Published lists, weekends included. Easter: 23 March 2008 (early), 24 April 2011 and
/// 25 April 2038 (late). Sources:
/// - AT: Arbeitsruhegesetz § 7(2); oesterreich.gv.at "Gesetzliche Feiertage" (2025).
/// - BE: Wet van 4 januari 1974; FOD Werkgelegenheid "Feestdagen" (2008, 2011, 2025).
/// - FR: Code du travail art. L3133-1; service-public.fr "Jours fériés" (2025).
/// - IE: Organisation of Working Time Act 1997 Sch. 2; citizensinformation.ie "Public holidays in
///   Ireland" (2022, 2023, 2025), whose lists give the Monday/Tuesday after a weekend holiday.
/// - LI: Liechtensteinische Landesverwaltung (llv.li), Feiertage (2025).
/// - LU: guichet.public.lu "Jours fériés légaux" (2025); Europe Day from 2019.
/// - NL: Algemene termijnenwet art. 3; rijksoverheid.nl "Officiële feestdagen" (2025: King's Day
///   on Saturday 26 April because 27 April is a Sunday).
/// - CH: Federal Constitution Art. 110(3); Federal Office of Justice, "Feiertage" of the federal
///   administration (2025). National Day a public holiday from 1994.
struct WesternEuropeHolidayTests {
    static let lists: [PublishedList] = [
        .init("AT", 2008, "01-01 01-06 03-24 05-01 05-12 05-22 08-15 10-26 11-01 12-08 12-25 12-26"),
        .init("AT", 2011, "01-01 01-06 04-25 05-01 06-02 06-13 06-23 08-15 10-26 11-01 12-08 12-25 12-26"),
        .init("AT", 2025, "01-01 01-06 04-21 05-01 05-29 06-09 06-19 08-15 10-26 11-01 12-08 12-25 12-26"),
        .init("BE", 2008, "01-01 03-24 05-01 05-12 07-21 08-15 11-01 11-11 12-25"),
        .init("BE", 2011, "01-01 04-25 05-01 06-02 06-13 07-21 08-15 11-01 11-11 12-25"),
        .init("BE", 2025, "01-01 04-21 05-01 05-29 06-09 07-21 08-15 11-01 11-11 12-25"),
        .init("FR", 2008, "01-01 03-24 05-01 05-08 05-12 07-14 08-15 11-01 11-11 12-25"),
        .init("FR", 2011, "01-01 04-25 05-01 05-08 06-02 06-13 07-14 08-15 11-01 11-11 12-25"),
        .init("FR", 2025, "01-01 04-21 05-01 05-08 05-29 06-09 07-14 08-15 11-01 11-11 12-25"),
        .init("FR", 2038, "01-01 04-26 05-01 05-08 06-03 06-14 07-14 08-15 11-01 11-11 12-25"),
        .init("IE", 2008, "01-01 03-17 03-24 05-05 06-02 08-04 10-27 12-25 12-26"),
        .init("IE", 2011, "01-01 01-03 03-17 04-25 05-02 06-06 08-01 10-31 12-25 12-26 12-27"),
        .init("IE", 2022, "01-01 01-03 03-17 03-18 04-18 05-02 06-06 08-01 10-31 12-25 12-26 12-27"),
        .init("IE", 2023, "01-01 01-02 02-06 03-17 04-10 05-01 06-05 08-07 10-30 12-25 12-26"),
        .init("IE", 2025, "01-01 02-03 03-17 04-21 05-05 06-02 08-04 10-27 12-25 12-26"),
        .init(
            "LI", 2008,
            "01-01 01-06 02-02 03-19 03-23 03-24 05-01 05-11 05-12 05-22 08-15 09-08 11-01 12-08 12-25 12-26"),
        .init(
            "LI", 2011,
            "01-01 01-06 02-02 03-19 04-24 04-25 05-01 06-02 06-12 06-13 06-23 08-15 09-08 11-01 12-08 12-25 12-26"),
        .init(
            "LI", 2025,
            "01-01 01-06 02-02 03-19 04-20 04-21 05-01 05-29 06-08 06-09 06-19 08-15 09-08 11-01 12-08 12-25 12-26"),
        .init("LU", 2008, "01-01 03-24 05-01 05-12 06-23 08-15 11-01 12-25 12-26"),
        .init("LU", 2011, "01-01 04-25 05-01 06-02 06-13 06-23 08-15 11-01 12-25 12-26"),
        .init("LU", 2025, "01-01 04-21 05-01 05-09 05-29 06-09 06-23 08-15 11-01 12-25 12-26"),
        .init("NL", 2008, "01-01 03-21 03-23 03-24 04-30 05-01 05-05 05-11 05-12 12-25 12-26"),
        .init("NL", 2011, "01-01 04-22 04-24 04-25 04-30 05-05 06-02 06-12 06-13 12-25 12-26"),
        .init("NL", 2014, "01-01 04-18 04-20 04-21 04-26 05-05 05-29 06-08 06-09 12-25 12-26"),
        .init("NL", 2025, "01-01 04-18 04-20 04-21 04-26 05-05 05-29 06-08 06-09 12-25 12-26"),
        // CH alone: only the days every canton keeps (the cantons: SwitzerlandHolidayTests).
        .init("CH", 1993, "01-01 05-20 12-25"),
        .init("CH", 2008, "01-01 05-01 08-01 12-25"),
        .init("CH", 2025, "01-01 05-29 08-01 12-25"),
    ]

    @Test(arguments: lists)
    func matchesPublishedList(list: PublishedList) throws {
        #expect(try computedDates(list) == list.dates)
    }

    @Test func namesInTheLocalLanguageAndEnglish() throws {
        #expect(try holiday("AT", "2025-10-26")?.localName == "Nationalfeiertag")
        #expect(try holiday("FR", "2025-07-14")?.englishName == "Bastille Day")
        #expect(try holiday("IE", "2025-02-03")?.englishName == "St Brigid's Day")
        #expect(try holiday("IE", "2022-12-27")?.englishName == "Christmas Day (substitute day)")
        #expect(try holiday("NL", "2025-04-26")?.localName == "Koningsdag")
        #expect(try holiday("NL", "2006-04-29")?.localName == "Koninginnedag")  // 30 April 2006 was a Sunday
        #expect(try holiday("LU", "2025-05-09")?.localName == "Europadag")
        #expect(try holiday("BE", "2025-07-21")?.localName == "Nationale feestdag")
        #expect(try holiday("CH", "2025-08-01")?.localName == "Bundesfeiertag")
    }

    @Test func stBrigidsDayIsTheFridayWhenFebruaryStartsOnOne() throws {
        // 1 February 2030 is a Friday; in 2026 it is a Sunday, so Monday 2 February.
        #expect(try holiday("IE", "2030-02-01")?.englishName == "St Brigid's Day")
        #expect(try holiday("IE", "2026-02-02")?.englishName == "St Brigid's Day")
        #expect(try holiday("IE", "2022-02-07") == nil)  // before 2023
    }
}

import Testing

@testable import FlagdeskCore

/// Published lists, weekends included. Sources:
/// - CZ: zákon 245/2000 Sb. o státních svátcích; MPSV "Státní svátky" (2025); Good Friday from 2016.
/// - HU: Munka Törvénykönyve § 102 (kormany.hu, 2025); Good Friday from 2017.
/// - PL: ustawa o dniach wolnych od pracy (gov.pl "Dni wolne od pracy" 2025); Epiphany from 2011,
///   Christmas Eve from 2025 (Dz.U. 2024 poz. 1965), 12 November 2018.
/// - SK: zákon 241/1993 Z. z. as amended by 530/2023 Z. z. and 261/2025 Z. z. (slov-lex.sk).
struct CentralEuropeHolidayTests {
    static let lists: [PublishedList] = [
        .init("CZ", 2008, "01-01 03-24 05-01 05-08 07-05 07-06 09-28 10-28 11-17 12-24 12-25 12-26"),
        .init("CZ", 2011, "01-01 04-25 05-01 05-08 07-05 07-06 09-28 10-28 11-17 12-24 12-25 12-26"),
        .init("CZ", 2025, "01-01 04-18 04-21 05-01 05-08 07-05 07-06 09-28 10-28 11-17 12-24 12-25 12-26"),
        .init("HU", 2008, "01-01 03-15 03-23 03-24 05-01 05-11 05-12 08-20 10-23 11-01 12-25 12-26"),
        .init("HU", 2011, "01-01 03-15 04-24 04-25 05-01 06-12 06-13 08-20 10-23 11-01 12-25 12-26"),
        // With the rest days of 11/2024. (IV. 8.) NGM rendelet: 2 May, 24 October, 24 December.
        .init(
            "HU", 2025,
            "01-01 03-15 04-18 04-20 04-21 05-01 05-02 06-08 06-09 08-20 10-23 10-24 11-01 12-24 12-25 12-26"),
        .init("PL", 2008, "01-01 03-23 03-24 05-01 05-03 05-11 05-22 08-15 11-01 11-11 12-25 12-26"),
        .init("PL", 2011, "01-01 01-06 04-24 04-25 05-01 05-03 06-12 06-23 08-15 11-01 11-11 12-25 12-26"),
        .init("PL", 2018, "01-01 01-06 04-01 04-02 05-01 05-03 05-20 05-31 08-15 11-01 11-11 11-12 12-25 12-26"),
        .init("PL", 2025, "01-01 01-06 04-20 04-21 05-01 05-03 06-08 06-19 08-15 11-01 11-11 12-24 12-25 12-26"),
        .init("SK", 2008, "01-01 01-06 03-21 03-24 05-01 05-08 07-05 08-29 09-01 09-15 11-01 11-17 12-24 12-25 12-26"),
        .init("SK", 2011, "01-01 01-06 04-22 04-25 05-01 05-08 07-05 08-29 09-01 09-15 11-01 11-17 12-24 12-25 12-26"),
        .init("SK", 2025, "01-01 01-06 04-18 04-21 05-01 05-08 07-05 08-29 09-15 11-01 12-24 12-25 12-26"),
        .init("SK", 2026, "01-01 01-06 04-03 04-06 05-01 07-05 08-29 11-01 12-24 12-25 12-26"),
    ]

    @Test(arguments: lists)
    func matchesPublishedList(list: PublishedList) throws {
        #expect(try computedDates(list) == list.dates)
    }

    @Test func namesAndLawChanges() throws {
        #expect(try holiday("CZ", "2015-04-03") == nil)  // Good Friday only from 2016
        #expect(try holiday("CZ", "2016-03-25")?.localName == "Velký pátek")
        #expect(try holiday("CZ", "2025-01-01")?.localName == "Nový rok / Den obnovy samostatného českého státu")
        #expect(try holiday("HU", "2016-03-25") == nil)  // Good Friday only from 2017
        #expect(try holiday("PL", "2024-12-24") == nil)
        #expect(try holiday("PL", "2025-12-24")?.localName == "Wigilia Bożego Narodzenia")
        #expect(try holiday("PL", "2010-01-06") == nil)
        #expect(try holiday("SK", "2023-09-01")?.englishName == "Constitution Day")
        #expect(try holiday("SK", "2024-09-01") == nil)
    }
}

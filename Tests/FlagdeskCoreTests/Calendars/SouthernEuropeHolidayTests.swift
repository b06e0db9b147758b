import Testing

@testable import FlagdeskCore

/// Published lists, weekends included. Orthodox Easter (GR, CY): 27 April 2008, 16 April 2023,
/// 5 May 2024, 20 April 2025. Sources:
/// - CY: Press and Information Office, "Public Holidays" (2023, 2024, 2025).
/// - GR: Ministry of Labour, "Αργίες" (2023, 2025); ΦΕΚ Β' 1406/2024 (Labour Day 2024 on 7 May);
///   the 2021 decision moving Labour Day to 4 May.
/// - IT: Legge 260/1949 as amended; governo.it "Festività nazionali"; Decreto-legge 5/2011 (17
///   March 2011); Legge 151/2025 (4 October from 2026); Republic Day on the first Sunday of June
///   until 2000.
/// - MT: gov.mt "Public Holidays" (2025); Cap. 252.
/// - PT: Código do Trabalho art. 234; Lei 23/2012 (four holidays suspended 2013-2015).
/// - ES: BOE, Resolución de la Dirección General de Trabajo, fiestas laborales (2008, 2011, 2025):
///   the national days kept in every autonomous community.
struct SouthernEuropeHolidayTests {
    static let lists: [PublishedList] = [
        .init("CY", 2008, "01-01 01-06 03-10 03-25 04-01 04-25 04-27 04-28 05-01 06-16 08-15 10-01 10-28 12-25 12-26"),
        .init("CY", 2023, "01-01 01-06 02-27 03-25 04-01 04-14 04-16 04-17 05-01 06-05 08-15 10-01 10-28 12-25 12-26"),
        .init("CY", 2024, "01-01 01-06 03-18 03-25 04-01 05-01 05-03 05-05 05-06 06-24 08-15 10-01 10-28 12-25 12-26"),
        .init("CY", 2025, "01-01 01-06 03-03 03-25 04-01 04-18 04-20 04-21 05-01 06-09 08-15 10-01 10-28 12-25 12-26"),
        .init("GR", 2008, "01-01 01-06 03-10 03-25 04-25 04-27 04-28 05-01 06-16 08-15 10-28 12-25 12-26"),
        .init("GR", 2021, "01-01 01-06 03-15 03-25 04-30 05-01 05-02 05-03 05-04 06-21 08-15 10-28 12-25 12-26"),
        .init("GR", 2023, "01-01 01-06 02-27 03-25 04-14 04-16 04-17 05-01 06-05 08-15 10-28 12-25 12-26"),
        .init("GR", 2024, "01-01 01-06 03-18 03-25 05-03 05-05 05-06 05-07 06-24 08-15 10-28 12-25 12-26"),
        .init("GR", 2025, "01-01 01-06 03-03 03-25 04-18 04-20 04-21 05-01 06-09 08-15 10-28 12-25 12-26"),
        .init("IT", 1995, "01-01 01-06 04-16 04-17 04-25 05-01 06-04 08-15 11-01 12-08 12-25 12-26"),
        .init("IT", 2008, "01-01 01-06 03-23 03-24 04-25 05-01 06-02 08-15 11-01 12-08 12-25 12-26"),
        .init("IT", 2011, "01-01 01-06 03-17 04-24 04-25 05-01 06-02 08-15 11-01 12-08 12-25 12-26"),
        .init("IT", 2026, "01-01 01-06 04-05 04-06 04-25 05-01 06-02 08-15 10-04 11-01 12-08 12-25 12-26"),
        .init("MT", 2008, "01-01 02-10 03-19 03-21 03-31 05-01 06-07 06-29 08-15 09-08 09-21 12-08 12-13 12-25"),
        .init("MT", 2011, "01-01 02-10 03-19 03-31 04-22 05-01 06-07 06-29 08-15 09-08 09-21 12-08 12-13 12-25"),
        .init("MT", 2025, "01-01 02-10 03-19 03-31 04-18 05-01 06-07 06-29 08-15 09-08 09-21 12-08 12-13 12-25"),
        .init("PT", 2008, "01-01 03-21 03-23 04-25 05-01 05-22 06-10 08-15 10-05 11-01 12-01 12-08 12-25"),
        .init("PT", 2011, "01-01 04-22 04-24 04-25 05-01 06-10 06-23 08-15 10-05 11-01 12-01 12-08 12-25"),
        .init("PT", 2014, "01-01 04-18 04-20 04-25 05-01 06-10 08-15 12-08 12-25"),
        .init("PT", 2025, "01-01 04-18 04-20 04-25 05-01 06-10 06-19 08-15 10-05 11-01 12-01 12-08 12-25"),
        .init("ES", 2008, "01-01 01-06 03-21 05-01 08-15 10-12 11-01 12-06 12-08 12-25"),
        .init("ES", 2011, "01-01 01-06 04-22 05-01 08-15 10-12 11-01 12-06 12-08 12-25"),
        .init("ES", 2025, "01-01 01-06 04-18 05-01 08-15 10-12 11-01 12-06 12-08 12-25"),
    ]

    @Test(arguments: lists)
    func matchesPublishedList(list: PublishedList) throws {
        #expect(try computedDates(list) == list.dates)
    }

    @Test func namesAndMoves() throws {
        #expect(try holiday("GR", "2024-05-01") == nil)  // moved to 7 May
        #expect(try holiday("GR", "2024-05-07")?.localName == "Εργατική Πρωτομαγιά")
        #expect(try holiday("GR", "2021-05-04")?.englishName == "Labour Day (moved)")
        #expect(try holiday("CY", "2025-03-03")?.localName == "Καθαρά Δευτέρα")
        #expect(try holiday("IT", "2011-04-25")?.localName == "Lunedì dell'Angelo / Festa della Liberazione")
        #expect(try holiday("MT", "2025-06-07")?.localName == "Sette Giugno")
        #expect(try holiday("ES", "2025-10-12")?.localName == "Fiesta Nacional de España")
        #expect(try holiday("PT", "2016-06-10")?.englishName == "Portugal Day")
    }
}

import Testing

@testable import FlagdeskCore

/// Published lists, weekends included. Sources:
/// - DK: borger.dk / Medarbejder- og Kompetencestyrelsen "Helligdage" (2023, 2024); lov nr. 214
///   af 6. marts 2023 (no Store bededag from 2024); Danmarks Nationalbank closing days
///   (Grundlovsdag, Juleaftensdag, Nytårsaftensdag).
/// - FI: Suomen Pankki, bank holidays (2025); laki säädetyn määräajan laskemisesta 150/1930 § 5
///   (Midsummer Eve, Christmas Eve).
/// - IS: Stjórnarráð Íslands, "Frídagar" (2025); lög nr. 88/1971 § 6.
/// - NO: Lovdata, lov om helligdager og helligdagsfred; lov om 1. og 17. mai (2025).
/// - SE: SFS 1989:253 om allmänna helgdagar; Sveriges riksbank "Helgdagar" (2025); lag
///   (1930:173) om beräkning av lagstadgad tid (Midsummer Eve, Christmas Eve, New Year's Eve).
struct NordicHolidayTests {
    static let lists: [PublishedList] = [
        .init("DK", 2008, "01-01 03-20 03-21 03-23 03-24 04-18 05-01 05-11 05-12 06-05 12-24 12-25 12-26 12-31"),
        .init("DK", 2011, "01-01 04-21 04-22 04-24 04-25 05-20 06-02 06-05 06-12 06-13 12-24 12-25 12-26 12-31"),
        .init("DK", 2023, "01-01 04-06 04-07 04-09 04-10 05-05 05-18 05-28 05-29 06-05 12-24 12-25 12-26 12-31"),
        .init("DK", 2024, "01-01 03-28 03-29 03-31 04-01 05-09 05-19 05-20 06-05 12-24 12-25 12-26 12-31"),
        .init("FI", 2008, "01-01 01-06 03-21 03-23 03-24 05-01 05-11 06-20 06-21 11-01 12-06 12-24 12-25 12-26"),
        .init("FI", 2011, "01-01 01-06 04-22 04-24 04-25 05-01 06-02 06-12 06-24 06-25 11-05 12-06 12-24 12-25 12-26"),
        .init("FI", 2025, "01-01 01-06 04-18 04-20 04-21 05-01 05-29 06-08 06-20 06-21 11-01 12-06 12-24 12-25 12-26"),
        .init("IS", 2008, "01-01 03-20 03-21 03-23 03-24 04-24 05-01 05-11 05-12 06-17 08-04 12-25 12-26"),
        .init("IS", 2011, "01-01 04-21 04-22 04-24 04-25 05-01 06-02 06-12 06-13 06-17 08-01 12-25 12-26"),
        .init("IS", 2025, "01-01 04-17 04-18 04-20 04-21 04-24 05-01 05-29 06-08 06-09 06-17 08-04 12-25 12-26"),
        .init("NO", 2008, "01-01 03-20 03-21 03-23 03-24 05-01 05-11 05-12 05-17 12-25 12-26"),
        .init("NO", 2011, "01-01 04-21 04-22 04-24 04-25 05-01 05-17 06-02 06-12 06-13 12-25 12-26"),
        .init("NO", 2025, "01-01 04-17 04-18 04-20 04-21 05-01 05-17 05-29 06-08 06-09 12-25 12-26"),
        .init(
            "SE", 2004,
            "01-01 01-06 04-09 04-11 04-12 05-01 05-20 05-30 05-31 06-25 06-26 11-06 12-24 12-25 12-26 12-31"),
        .init("SE", 2008, "01-01 01-06 03-21 03-23 03-24 05-01 05-11 06-06 06-20 06-21 11-01 12-24 12-25 12-26 12-31"),
        .init(
            "SE", 2011,
            "01-01 01-06 04-22 04-24 04-25 05-01 06-02 06-06 06-12 06-24 06-25 11-05 12-24 12-25 12-26 12-31"),
        .init(
            "SE", 2025,
            "01-01 01-06 04-18 04-20 04-21 05-01 05-29 06-06 06-08 06-20 06-21 11-01 12-24 12-25 12-26 12-31"),
    ]

    @Test(arguments: lists)
    func matchesPublishedList(list: PublishedList) throws {
        #expect(try computedDates(list) == list.dates)
    }

    @Test func namesAndLawChanges() throws {
        #expect(try holiday("DK", "2023-05-05")?.localName == "Store bededag")
        #expect(try holiday("DK", "2024-04-26") == nil)  // abolished from 2024
        #expect(try holiday("FI", "2025-06-20")?.localName == "Juhannusaatto")
        #expect(try holiday("IS", "2011-04-21")?.englishName == "Maundy Thursday / First Day of Summer")
        #expect(try holiday("NO", "2025-05-17")?.localName == "Grunnlovsdag")
        #expect(try holiday("SE", "2025-06-21")?.localName == "Midsommardagen")
    }
}

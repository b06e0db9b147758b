import Testing

@testable import FlagdeskCore

/// Germany: Bundesministerium des Innern, "Gesetzliche Feiertage in der Bundesrepublik Deutschland"
/// (2008, 2011, 2025), and each Land's Feiertagsgesetz for its own days; 2038 (Easter 25 April)
/// from the same rules. A Land's list is the
/// nationwide list plus the days given here.
struct GermanyHolidayTests {
    static let nationwide: [Int: String] = [
        1994: "01-01 04-01 04-04 05-01 05-12 05-23 10-03 11-16 12-25 12-26",
        2008: "01-01 03-21 03-24 05-01 05-12 10-03 12-25 12-26",
        2011: "01-01 04-22 04-25 05-01 06-02 06-13 10-03 12-25 12-26",
        2017: "01-01 04-14 04-17 05-01 05-25 06-05 10-03 10-31 12-25 12-26",
        2025: "01-01 04-18 04-21 05-01 05-29 06-09 10-03 12-25 12-26",
        2038: "01-01 04-23 04-26 05-01 06-03 06-14 10-03 12-25 12-26",
    ]

    /// A Land: its extra days in 2008 (Easter 23 March), 2011 (24 April) and 2025 (20 April).
    static let lands: [(code: String, y2008: String, y2011: String, y2025: String)] = [
        ("DE-BW", "01-06 05-22 11-01", "01-06 06-23 11-01", "01-06 06-19 11-01"),
        ("DE-BY", "01-06 05-22 08-15 11-01", "01-06 06-23 08-15 11-01", "01-06 06-19 08-15 11-01"),
        ("DE-BE", "", "", "03-08 05-08"),
        ("DE-BB", "03-23 05-11 10-31", "04-24 06-12 10-31", "04-20 06-08 10-31"),
        ("DE-HB", "", "", "10-31"),
        ("DE-HH", "", "", "10-31"),
        ("DE-HE", "05-22", "06-23", "06-19"),
        ("DE-MV", "10-31", "10-31", "03-08 10-31"),
        ("DE-NI", "", "", "10-31"),
        ("DE-NW", "05-22 11-01", "06-23 11-01", "06-19 11-01"),
        ("DE-RP", "05-22 11-01", "06-23 11-01", "06-19 11-01"),
        ("DE-SL", "05-22 08-15 11-01", "06-23 08-15 11-01", "06-19 08-15 11-01"),
        ("DE-SN", "10-31 11-19", "10-31 11-16", "10-31 11-19"),
        ("DE-ST", "01-06 10-31", "01-06 10-31", "01-06 10-31"),
        ("DE-SH", "", "", "10-31"),
        ("DE-TH", "10-31", "10-31", "09-20 10-31"),
    ]

    static func list(_ code: String, _ year: Int, _ extra: String) -> PublishedList {
        let dates = (nationwide[year]! + " " + extra).split(separator: " ").map(String.init).sorted()
        return PublishedList(code, year, dates.joined(separator: " "))
    }

    static let lists: [PublishedList] =
        [1994, 2008, 2011, 2017, 2025, 2038].map { list("DE", $0, "") }
        + [list("DE-BY", 2038, "01-06 06-24 08-15 11-01"), list("DE-SN", 2038, "10-31 11-17")]
        + lands.flatMap { land in
            [list(land.code, 2008, land.y2008), list(land.code, 2011, land.y2011), list(land.code, 2025, land.y2025)]
        }

    @Test(arguments: lists)
    func matchesPublishedList(list: PublishedList) throws {
        #expect(try computedDates(list) == list.dates)
    }

    @Test func corpusChristiInBavariaNotBerlin() throws {
        #expect(try holiday("DE-BY", "2025-06-19")?.localName == "Fronleichnam")
        #expect(try holiday("DE-BE", "2025-06-19") == nil)
        #expect(try holiday("DE", "2025-06-19") == nil)
    }

    @Test func womensDayInBerlinFrom2019AndMecklenburgFrom2023() throws {
        #expect(try holiday("DE-BE", "2018-03-08") == nil)
        #expect(try holiday("DE-BE", "2019-03-08")?.localName == "Internationaler Frauentag")
        #expect(try holiday("DE-MV", "2022-03-08") == nil)
        #expect(try holiday("DE-MV", "2023-03-08")?.englishName == "International Women's Day")
        #expect(try holiday("DE-BY", "2023-03-08") == nil)
    }

    @Test func reformationDay() throws {
        // 2017: everywhere, once only.
        for code in HolidayCalendars.supportedCodes where code.hasPrefix("DE") {
            #expect(try holiday(code, "2017-10-31")?.localName == "Reformationstag", "\(code)")
        }
        // The northern Länder from 2018; the eastern ones throughout; never in Bavaria.
        for code in ["DE-HB", "DE-HH", "DE-NI", "DE-SH"] {
            #expect(try holiday(code, "2016-10-31") == nil, "\(code)")
            #expect(try holiday(code, "2018-10-31") != nil, "\(code)")
        }
        for code in ["DE-BB", "DE-MV", "DE-SN", "DE-ST", "DE-TH"] {
            #expect(try holiday(code, "2016-10-31") != nil, "\(code)")
        }
        #expect(try holiday("DE-BY", "2018-10-31") == nil)
        #expect(try holiday("DE", "2018-10-31") == nil)
    }

    @Test func repentanceDayNationwideUntil1994ThenSaxonyOnly() throws {
        #expect(try holiday("DE-BY", "1994-11-16")?.localName == "Buß- und Bettag")
        #expect(try holiday("DE-BY", "1995-11-22") == nil)
        #expect(try holiday("DE-SN", "1995-11-22")?.localName == "Buß- und Bettag")
    }

    @Test func childrensDayInThuringiaFrom2019() throws {
        #expect(try holiday("DE-TH", "2018-09-20") == nil)
        #expect(try holiday("DE-TH", "2019-09-20")?.localName == "Weltkindertag")
    }
}

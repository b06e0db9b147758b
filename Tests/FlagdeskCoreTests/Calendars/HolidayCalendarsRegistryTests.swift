import Foundation
import Testing

@testable import FlagdeskCore

struct HolidayCalendarsRegistryTests {
    static let euAndEEA = [
        "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "IE", "IT", "LV", "LT", "LU", "MT",
        "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "HU", "IS", "LI", "NO",
    ]
    static let lands = [
        "BW", "BY", "BE", "BB", "HB", "HH", "HE", "MV", "NI", "NW", "RP", "SL", "SN", "ST", "SH", "TH",
    ].map { "DE-" + $0 }
    static let cantons = [
        "AG", "AI", "AR", "BE", "BL", "BS", "FR", "GE", "GL", "GR", "JU", "LU", "NE", "NW", "OW", "SG", "SH", "SO",
        "SZ", "TG", "TI", "UR", "VD", "VS", "ZG", "ZH",
    ].map { "CH-" + $0 }

    @Test func everyRequiredCodeIsSupported() {
        let required = Self.euAndEEA + ["CH", "GB", "GB-SCT", "GB-NIR", "US"] + Self.lands + Self.cantons
        #expect(Set(HolidayCalendars.supportedCodes) == Set(required))
        #expect(HolidayCalendars.supportedCodes == HolidayCalendars.supportedCodes.sorted())
    }

    @Test(arguments: HolidayCalendars.supportedCodes)
    func codeRoundTrips(code: String) throws {
        #expect(try HolidayCalendars.calendar(for: code).code == code)
        #expect(try HolidayCalendars.calendar(for: code.lowercased()).code == code)
        #expect(HolidayCalendars.canonicalCode(" \(code.lowercased()) ") == code)
    }

    @Test(arguments: [
        ("EL", "GR"), ("el", "GR"), ("UK", "GB"), ("uk-sct", "GB-SCT"), ("UK-NIR", "GB-NIR"), ("GB-ENG", "GB"),
    ])
    func aliases(alias: String, canonical: String) throws {
        #expect(try HolidayCalendars.calendar(for: alias).code == canonical)
    }

    @Test func calendarsAreSharedSoTheirCachesAre() throws {
        let first = try HolidayCalendars.calendar(for: "FR") as? RuleBasedHolidayCalendar
        let second = try HolidayCalendars.calendar(for: "fr") as? RuleBasedHolidayCalendar
        #expect(first != nil && second != nil)
        #expect(first?.code == second?.code)
    }

    @Test(arguments: ["XX", "", "DE-XX", "GB-WAL", "D", "DEU"])
    func unknownCodeThrowsAndListsTheSupportedOnes(code: String) {
        #expect(throws: UnknownHolidayCalendarCode.self) { try HolidayCalendars.calendar(for: code) }
        let message = UnknownHolidayCalendarCode(code: code).description
        for supported in HolidayCalendars.supportedCodes {
            #expect(message.contains(supported))
        }
        #expect(message.contains("EL=GR"))
    }

    @Test func unknownCodeIsShownPrintablyAndShort() {
        let hostile = "\u{1B}[2J\u{7}" + String(repeating: "A", count: 200)
        let message = UnknownHolidayCalendarCode(code: hostile).description
        #expect(!message.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F })
        #expect(message.contains("'??2J?AAAA"))
        #expect(!message.contains(String(repeating: "A", count: 30)))
        #expect(UnknownHolidayCalendarCode(code: hostile).localizedDescription == message)
    }

    @Test func everyCalendarHasANameAndItsOwnRules() throws {
        // Länder whose laws add the same days: the northern ones (Reformation Day from 2018), and
        // North Rhine-Westphalia and Rhineland-Palatinate (Corpus Christi, All Saints' Day); the
        // cantons of Basel, Schaffhausen and Zurich (Good Friday, Easter and Whit Monday, 1 May,
        // St Stephen's Day), and Fribourg and Solothurn (Good Friday only).
        let sameLaw = [
            ["CH-BL", "CH-BS", "CH-SH", "CH-ZH"], ["CH-FR", "CH-SO"], ["DE-HB", "DE-HH", "DE-NI", "DE-SH"],
            ["DE-NW", "DE-RP"],
        ]
        var codesByList: [[String]: [String]] = [:]
        for code in HolidayCalendars.supportedCodes {
            let calendar = try #require(try HolidayCalendars.calendar(for: code) as? RuleBasedHolidayCalendar)
            #expect(!calendar.name.isEmpty)
            let span = (2015...2026).flatMap { calendar.holidays(in: $0).map(\.date.description) }
            codesByList[span, default: []].append(code)
        }
        let shared = codesByList.values.filter { $0.count > 1 }.map { $0.sorted() }.sorted { $0[0] < $1[0] }
        #expect(shared == sameLaw)
    }
}

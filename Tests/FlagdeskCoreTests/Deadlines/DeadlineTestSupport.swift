import Foundation

@testable import FlagdeskCore

/// A holiday calendar made of listed days, for deadline tests that must not depend on the real
/// calendars' rules.
struct DeadlineTestCalendar: HolidayCalendar {
    let code: String
    private let byDate: [CivilDate: Holiday]

    init(code: String = "TEST", _ holidays: [Holiday]) {
        self.code = code
        self.byDate = Dictionary(holidays.map { ($0.date, $0) }, uniquingKeysWith: { first, _ in first })
    }

    func holidays(in year: Int) -> [Holiday] {
        byDate.values.filter { $0.date.year == year }.sorted { $0.date < $1.date }
    }

    func isHoliday(_ date: CivilDate) -> Bool { byDate[date] != nil }

    /// The same calendar with one more holiday.
    func adding(_ date: CivilDate) -> DeadlineTestCalendar {
        DeadlineTestCalendar(
            code: code, Array(byDate.values) + [Holiday(date: date, localName: "Extra", englishName: "Extra")])
    }

    /// French public holidays of 2026 and New Year 2027 (Code du travail L3133-1), written out.
    static let franceLike = DeadlineTestCalendar(
        code: "FR-TEST",
        [
            Holiday(date: DeadlineFixture.day("2026-01-01"), localName: "Jour de l'an", englishName: "New Year's Day"),
            Holiday(
                date: DeadlineFixture.day("2026-04-06"), localName: "Lundi de Pâques", englishName: "Easter Monday"),
            Holiday(date: DeadlineFixture.day("2026-05-01"), localName: "Fête du Travail", englishName: "Labour Day"),
            Holiday(
                date: DeadlineFixture.day("2026-05-08"), localName: "Victoire 1945",
                englishName: "Victory in Europe Day"),
            Holiday(date: DeadlineFixture.day("2026-05-14"), localName: "Ascension", englishName: "Ascension Day"),
            Holiday(
                date: DeadlineFixture.day("2026-05-25"), localName: "Lundi de Pentecôte", englishName: "Whit Monday"),
            Holiday(date: DeadlineFixture.day("2026-07-14"), localName: "Fête nationale", englishName: "Bastille Day"),
            Holiday(date: DeadlineFixture.day("2026-08-15"), localName: "Assomption", englishName: "Assumption Day"),
            Holiday(date: DeadlineFixture.day("2026-11-01"), localName: "Toussaint", englishName: "All Saints' Day"),
            Holiday(date: DeadlineFixture.day("2026-11-11"), localName: "Armistice", englishName: "Armistice Day"),
            Holiday(date: DeadlineFixture.day("2026-12-25"), localName: "Noël", englishName: "Christmas Day"),
            Holiday(date: DeadlineFixture.day("2027-01-01"), localName: "Jour de l'an", englishName: "New Year's Day"),
        ])
}

/// Short constructors for test tables (namespaced: the calendar tests share this module).
enum DeadlineFixture {
    /// `YYYY-MM-DD`.
    static func day(_ text: String) -> CivilDate { CivilDate(iso: text)! }

    /// An ISO-8601 instant.
    static func instant(_ text: String) -> Date { ISO8601.parseInstant(text)! }

    static func zone(_ identifier: String) -> TimeZone { TimeZone(identifier: identifier)! }

    static let utc = TimeZone(identifier: "UTC")!

    /// A rule for testing the arithmetic alone.
    static func rule(_ period: String, _ counting: CountingMode, extension: String? = nil) -> DeadlineRule {
        DeadlineRule(
            id: "test.rule", title: "Test", source: "Reg. 1182/71 Art. 3", trigger: "the event",
            period: try! Period(parsing: period), counting: counting, isPolicy: false,
            extensionPeriod: `extension`.map { try! Period(parsing: $0) })
    }
}

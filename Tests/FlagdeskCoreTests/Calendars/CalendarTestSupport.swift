import Testing

@testable import FlagdeskCore

/// One published list: a calendar's holidays in a year as "MM-DD" dates, weekends included
/// (a substitute day appears next to the holiday it replaces).
struct PublishedList: Sendable, CustomTestStringConvertible {
    let code: String
    let year: Int
    let dates: [String]

    init(_ code: String, _ year: Int, _ dates: String) {
        self.code = code
        self.year = year
        self.dates = dates.split(separator: " ").map(String.init)
    }

    var testDescription: String { "\(code) \(year)" }
}

func date(_ iso: String) -> CivilDate {
    CivilDate(iso: iso)!
}

/// The calendar's dates for the list's year, as "MM-DD".
func computedDates(_ list: PublishedList) throws -> [String] {
    let calendar = try HolidayCalendars.calendar(for: list.code)
    return calendar.holidays(in: list.year).map { String($0.date.description.dropFirst(5)) }
}

/// The holiday on a date, by code.
func holiday(_ code: String, _ iso: String) throws -> Holiday? {
    try HolidayCalendars.calendar(for: code).holiday(on: date(iso))
}

import Foundation
import Testing

@testable import FlagdeskCore

@Suite("Period")
struct PeriodTests {
    @Test(arguments: [
        ("1 month", Period.months(1), "1 month"),
        ("72 hours", .hours(72), "72 hours"),
        ("10 days", .days(10), "10 days"),
        ("2 weeks", .weeks(2), "2 weeks"),
        ("5 working days", .workingDays(5), "5 working days"),
        ("1 working day", .workingDays(1), "1 working day"),
        ("  3   Months ", .months(3), "3 months"),
        ("1 years", .years(1), "1 year"),
        ("48\thours", .hours(48), "48 hours"),
        ("10000 days", .days(10_000), "10000 days"),
    ])
    func parsesAndPrintsCanonically(_ text: String, _ expected: Period, _ canonical: String) throws {
        let period = try Period(parsing: text)
        #expect(period == expected)
        #expect(period.description == canonical)
        #expect(try Period(parsing: period.description) == period)
    }

    @Test(arguments: [
        "", "month", "1", "0 days", "-1 days", "+1 days", "1.5 days", "10001 days", "99999999999999999999 days",
        "1 fortnight", "1 working", "working days 5", "5 business days", "1 month 2 days", "٣ days", "1 day\u{1b}[2J",
    ])
    func refusesWhatIsNotAPeriod(_ text: String) {
        #expect(throws: PeriodParseError.self) { try Period(parsing: text) }
    }

    /// The error quotes the bad text with escape sequences made visible.
    @Test func errorMessageNeutralisesControlCharacters() {
        let error = PeriodParseError(text: "1 day\u{1b}]52;c;Zm9v\u{07}")
        #expect(!error.description.unicodeScalars.contains { $0.value < 0x20 })
        #expect(error.description.contains("<U+001B>"))
    }

    @Test func codableAsText() throws {
        let data = try JSONEncoder().encode(["p": Period.workingDays(5)])
        #expect(String(decoding: data, as: UTF8.self) == #"{"p":"5 working days"}"#)
        let decoded = try JSONDecoder().decode([String: Period].self, from: Data(#"{"p":"2 weeks"}"#.utf8))
        #expect(decoded["p"] == .weeks(2))
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode([String: Period].self, from: Data(#"{"p":"soon"}"#.utf8))
        }
    }

    @Test(arguments: [
        (Period.months(1), Period.months(2), Period?.some(.months(3))),
        (.days(90), .days(90), .days(180)),
        (.days(60), .weeks(1), .days(67)),
        (.years(1), .months(6), .months(18)),
        (.hours(8), .hours(16), .hours(24)),
        (.workingDays(5), .workingDays(5), .workingDays(10)),
        (.hours(24), .days(1), nil),
        (.days(10), .months(1), nil),
        (.workingDays(5), .days(2), nil),
        (.days(10_000), .days(1), nil),
    ])
    func combines(_ first: Period, _ second: Period, _ expected: Period?) {
        #expect(first.combined(with: second) == expected)
    }

    /// "Never longer" is exact within a kind of unit and conservative across kinds.
    @Test(arguments: [
        (Period.weeks(4), Period.months(1), true),  // 28 days <= the shortest month
        (.days(28), .months(1), true),
        (.days(29), .months(1), false),  // February
        (.days(31), .months(1), false),
        (.months(1), .days(31), true),  // no month is longer than 31 days
        (.months(3), .days(90), false),  // up to 92 days
        (.months(2), .days(62), true),
        (.years(1), .days(365), false),  // leap years
        (.years(1), .days(366), true),
        (.months(12), .years(1), true),
        (.hours(24), .hours(48), true),
        (.hours(49), .hours(48), false),
        (.days(1), .hours(48), true),  // ends by the end of the next day: under 48 hours
        (.days(2), .hours(48), false),
        (.hours(47), .days(2), true),
        (.hours(48), .days(2), true),
        (.hours(49), .days(2), false),
        (.workingDays(4), .workingDays(5), true),
        (.workingDays(5), .days(30), false),  // holidays can stretch working days without bound
        (.days(10), .workingDays(10), true),  // 10 working days span at least 12 days
        (.days(13), .workingDays(10), false),
    ])
    func neverLonger(_ candidate: Period, _ limit: Period, _ expected: Bool) {
        #expect(candidate.isNeverLonger(than: limit) == expected)
    }

    /// The month spans come from the whole Gregorian cycle: 1 month is 28 to 31 days, 3 months
    /// 89 to 92, 1 year 365 to 366.
    @Test func monthSpans() {
        #expect(Period.months(1).calendarDaySpan == 28...31)
        #expect(Period.months(3).calendarDaySpan == 89...92)
        #expect(Period.years(1).calendarDaySpan == 365...366)
        #expect(Period.hours(5).calendarDaySpan == nil)
    }
}

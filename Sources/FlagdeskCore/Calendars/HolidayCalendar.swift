/// A public holiday: the date, the name in the country's language and in English.
public struct Holiday: Sendable, Hashable, Codable {
    public let date: CivilDate
    public let localName: String
    public let englishName: String

    public init(date: CivilDate, localName: String, englishName: String) {
        self.date = date
        self.localName = localName
        self.englishName = englishName
    }
}

/// The public holidays of one place (a country, or a subdivision such as `DE-BY`).
/// Regulation 1182/71 Art. 2: the holidays that count are those of the Member State where the
/// action is to be taken.
public protocol HolidayCalendar: Sendable {
    /// `FR`, `DE-BY`, `GB-SCT`, `US`, or a composite such as `DE-BY+closures`.
    var code: String { get }
    /// Every public holiday of a year, sorted by date.
    func holidays(in year: Int) -> [Holiday]
    /// Whether a date is a public holiday; amortised O(1) (deadline engines call it millions of times).
    func isHoliday(_ date: CivilDate) -> Bool
}

extension HolidayCalendar {
    /// A working day is any day other than a Saturday, Sunday or public holiday (1182/71 Art. 2(2)).
    public func isWorkingDay(_ date: CivilDate) -> Bool {
        !date.isWeekend && !isHoliday(date)
    }

    /// The holiday on a date, if any (for explanations: "2026-05-01 is Fête du Travail").
    public func holiday(on date: CivilDate) -> Holiday? {
        holidays(in: date.year).first { $0.date == date }
    }
}

/// A calendar with no holidays at all: weekends only. Used where no country is known.
public struct WeekendsOnlyCalendar: HolidayCalendar {
    public let code = "none"
    public init() {}
    public func holidays(in year: Int) -> [Holiday] { [] }
    public func isHoliday(_ date: CivilDate) -> Bool { false }
}

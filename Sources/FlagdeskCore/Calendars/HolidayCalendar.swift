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
    /// Whether a Saturday or Sunday was made a working day by government decree (the day worked in
    /// exchange for a bridge day: HU, LV, BG). Asked only about weekend days.
    func isDecreedWorkingDay(_ date: CivilDate) -> Bool
    /// Those days in a year, named with their decree.
    func decreedWorkingDays(in year: Int) -> [Holiday]
    /// Which years' decrees moving working days are recorded; nil where the government moves none.
    var decreeCoverage: DecreeCoverage? { get }
}

/// The years for which the decrees moving working days (bridge days and the Saturdays worked
/// for them) are recorded in a calendar, and who issues them. Outside those years a decree may
/// exist that Flagdesk does not know: output says so rather than guessing.
public struct DecreeCoverage: Sendable, Hashable {
    public let years: ClosedRange<Int>
    /// Who moves working days, and under which law.
    public let issuer: String

    /// What to say about a year outside `years`, or nil inside it.
    public func gap(in year: Int, code: String) -> String? {
        guard !years.contains(year) else { return nil }
        let when = year > years.upperBound ? "not yet known to Flagdesk (a future decree)" : "not recorded"
        return "\(code) \(year): days moved by \(issuer) are \(when); a rest day or working Saturday it sets "
            + "is not counted (recorded: \(years.lowerBound)-\(years.upperBound))"
    }
}

extension HolidayCalendar {
    /// A working day is any day other than a Saturday, Sunday or public holiday (1182/71 Art. 2(2)),
    /// with the days a government decree moves: a bridge day it makes a rest day is a holiday, a
    /// Saturday it makes a working day is a working day (Reg. 1182/71 Art. 2(2) names Saturdays, so
    /// a deadline ending on one is the earlier, safe reading; the explanation says so).
    public func isWorkingDay(_ date: CivilDate) -> Bool {
        if date.isWeekend { return isDecreedWorkingDay(date) && !isHoliday(date) }
        return !isHoliday(date)
    }

    public func isDecreedWorkingDay(_ date: CivilDate) -> Bool { false }
    public func decreedWorkingDays(in year: Int) -> [Holiday] { [] }
    public var decreeCoverage: DecreeCoverage? { nil }

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

/// The public holidays of a country or subdivision, computed from its rules (fixed dates, Easter
/// offsets, nth weekdays, substitute days) and cached per year.
public struct RuleBasedHolidayCalendar: HolidayCalendar {
    public let code: String
    /// The place in English, e.g. "Germany: Bavaria".
    public let name: String
    private let cache: HolidayYearCache
    private let workingDays: [Holiday]
    private let workingDayNumbers: Set<Int>
    public let decreeCoverage: DecreeCoverage?

    init(
        code: String, name: String, rules: [HolidayRule], workingDays: [Holiday] = [],
        decreeCoverage: DecreeCoverage? = nil
    ) {
        self.code = code
        self.name = name
        self.workingDays = workingDays.sorted { $0.date < $1.date }
        self.workingDayNumbers = Set(workingDays.map(\.date.daysSinceEpoch))
        self.decreeCoverage = decreeCoverage
        self.cache = HolidayYearCache(years: HolidayCalendars.supportedYears) { year in
            HolidayYearBuilder.holidays(of: rules, in: year)
        }
    }

    public func holidays(in year: Int) -> [Holiday] {
        cache.holidays(in: year)
    }

    public func isHoliday(_ date: CivilDate) -> Bool {
        cache.contains(date)
    }

    public func isDecreedWorkingDay(_ date: CivilDate) -> Bool {
        workingDayNumbers.contains(date.daysSinceEpoch)
    }

    public func decreedWorkingDays(in year: Int) -> [Holiday] {
        workingDays.filter { $0.date.year == year }
    }
}

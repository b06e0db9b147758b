/// The public holidays of a country or subdivision, computed from its rules (fixed dates, Easter
/// offsets, nth weekdays, substitute days) and cached per year.
public struct RuleBasedHolidayCalendar: HolidayCalendar {
    public let code: String
    /// The place in English, e.g. "Germany: Bavaria".
    public let name: String
    private let cache: HolidayYearCache

    init(code: String, name: String, rules: [HolidayRule]) {
        self.code = code
        self.name = name
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
}

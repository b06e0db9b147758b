/// A closure day the organisation repeats every year on the same date (e.g. 24 December).
public struct AnnualClosure: Sendable, Hashable, Codable {
    public let month: Int
    public let day: Int
    public let name: String

    /// Returns nil for a date no year has (31 April). 29 February counts in leap years only.
    public init?(month: Int, day: Int, name: String) {
        guard CivilDate(year: 2000, month: month, day: day) != nil else { return nil }
        self.month = month
        self.day = day
        self.name = name
    }
}

/// A base calendar plus the organisation's own closure days and extra holidays from config (office
/// closed between Christmas and New Year, a regional holiday the base leaves out). Code:
/// `<base>+closures`, e.g. `DE-BY+closures`.
public struct ClosureCalendar: HolidayCalendar {
    public let base: any HolidayCalendar
    public let extra: [Holiday]
    public let annual: [AnnualClosure]
    public var code: String { base.code + "+closures" }

    // Immutable after init, so lookups need no lock.
    private let extraDays: Set<Int>
    private let annualDays: Set<Int>  // month * 100 + day

    public init(base: any HolidayCalendar, extra: [Holiday], annual: [AnnualClosure] = []) {
        self.base = base
        self.extra = extra.sorted { $0.date < $1.date }
        self.annual = annual
        self.extraDays = Set(extra.map(\.date.daysSinceEpoch))
        self.annualDays = Set(annual.map { $0.month * 100 + $0.day })
    }

    public func holidays(in year: Int) -> [Holiday] {
        var byDay: [CivilDate: Holiday] = [:]
        for holiday in base.holidays(in: year) { byDay[holiday.date] = holiday }
        let annualThisYear = annual.compactMap { closure -> Holiday? in
            guard let date = CivilDate(year: year, month: closure.month, day: closure.day) else { return nil }
            return Holiday(date: date, localName: closure.name, englishName: closure.name)
        }
        // A closure on a day that is already a holiday keeps the holiday's names.
        for closure in extra.filter({ $0.date.year == year }) + annualThisYear where byDay[closure.date] == nil {
            byDay[closure.date] = closure
        }
        return byDay.values.sorted { $0.date < $1.date }
    }

    public func isDecreedWorkingDay(_ date: CivilDate) -> Bool { base.isDecreedWorkingDay(date) }
    public func decreedWorkingDays(in year: Int) -> [Holiday] { base.decreedWorkingDays(in: year) }
    public var decreeCoverage: DecreeCoverage? { base.decreeCoverage }

    public func isHoliday(_ date: CivilDate) -> Bool {
        extraDays.contains(date.daysSinceEpoch) || annualDays.contains(date.month * 100 + date.day)
            || base.isHoliday(date)
    }
}

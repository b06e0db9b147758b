/// ISO weekday numbers, as `CivilDate.isoWeekday` returns them.
enum Weekday: Int, Sendable {
    case monday = 1, tuesday, wednesday, thursday, friday, saturday, sunday
}

/// Days after Easter Sunday of the movable feasts (negative: before).
enum EasterOffset {
    static let cleanMonday = -48  // Orthodox Green Monday, start of Lent
    static let maundyThursday = -3
    static let goodFriday = -2
    static let holySaturday = -1
    static let easterSunday = 0
    static let easterMonday = 1
    static let greatPrayerDay = 26  // Danish Store bededag: fourth Friday after Easter
    static let ascension = 39
    static let whitSunday = 49
    static let whitMonday = 50
    static let corpusChristi = 60
}

/// How the date of a holiday is found in a given year.
enum DateRule: Sendable {
    case fixed(month: Int, day: Int)
    /// Days from Western (Gregorian) Easter Sunday.
    case westernEaster(offset: Int)
    /// Days from Orthodox Easter Sunday (Julian computus, Gregorian date).
    case orthodoxEaster(offset: Int)
    /// The nth weekday of a month; n = -1 is the last one.
    case nthWeekday(n: Int, weekday: Weekday, month: Int)
    /// The first given weekday on or after a fixed date (e.g. Swedish Midsummer Day: the
    /// Saturday from 20 June).
    case weekdayOnOrAfter(weekday: Weekday, month: Int, day: Int)
    /// Anything the cases above cannot say (e.g. Irish St Brigid's Day).
    case custom(@Sendable (Int) -> CivilDate)

    func date(in year: Int) -> CivilDate {
        switch self {
        case .fixed(let month, let day):
            return CivilDate(year: year, month: month, day: day)!
        case .westernEaster(let offset):
            return Easter.western(year).adding(days: offset)
        case .orthodoxEaster(let offset):
            return Easter.orthodox(year).adding(days: offset)
        case .nthWeekday(let n, let weekday, let month):
            if n > 0 {
                let first = CivilDate(year: year, month: month, day: 1)!
                let shift = (weekday.rawValue - first.isoWeekday + 7) % 7
                return first.adding(days: shift + 7 * (n - 1))
            }
            let last = CivilDate(year: year, month: month, day: CivilDate.daysIn(month: month, year: year))!
            let shift = (last.isoWeekday - weekday.rawValue + 7) % 7
            return last.adding(days: -shift - 7 * (-n - 1))
        case .weekdayOnOrAfter(let weekday, let month, let day):
            let start = CivilDate(year: year, month: month, day: day)!
            return start.adding(days: (weekday.rawValue - start.isoWeekday + 7) % 7)
        case .custom(let compute):
            return compute(year)
        }
    }
}

/// What national law gives when a holiday falls on a weekend.
struct Substitution: Sendable {
    enum Policy: Sendable {
        /// The first following weekday that is not already a holiday or a substitute day, taken
        /// in date order (GB Banking and Financial Dealings Act 1971: Christmas on a Saturday and
        /// Boxing Day on a Sunday give Monday 27 and Tuesday 28 December).
        case nextFreeWeekday
        /// Saturday -> the Friday before, Sunday -> the Monday after (US 5 U.S.C. 6103(b),
        /// Executive Order 11582).
        case nearestWeekday
    }

    let policy: Policy
    /// The first year the law gives the substitute day.
    let sinceYear: Int
    /// Also move when the day coincides with another holiday (Greek Labour Day on Easter Monday).
    let alsoWhenOnAnotherHoliday: Bool
    /// Appended to the holiday's names on the substitute day, e.g. " (substitute day)".
    let localSuffix: String
    let englishSuffix: String

    init(
        _ policy: Policy, since sinceYear: Int = Int.min, alsoWhenOnAnotherHoliday: Bool = false,
        localSuffix: String, englishSuffix: String
    ) {
        self.policy = policy
        self.sinceYear = sinceYear
        self.alsoWhenOnAnotherHoliday = alsoWhenOnAnotherHoliday
        self.localSuffix = localSuffix
        self.englishSuffix = englishSuffix
    }
}

/// One holiday of a calendar: its names, how its date is found, and the years the law gives it.
struct HolidayRule: Sendable {
    let localName: String
    let englishName: String
    let dateRule: DateRule
    private(set) var firstYear = Int.min
    private(set) var lastYear = Int.max
    private(set) var skippedYears: Set<Int> = []
    /// One-off moves by law or decree: year -> (month, day).
    private(set) var movedDates: [Int: (month: Int, day: Int)] = [:]
    private(set) var substitution: Substitution?
    /// ISO weekdays on which the holiday is not kept that year (NE: 2 January only on a Monday).
    private(set) var skippedWeekdays: Set<Int> = []

    init(_ localName: String, _ englishName: String, _ dateRule: DateRule) {
        self.localName = localName
        self.englishName = englishName
        self.dateRule = dateRule
    }

    /// The date in a year, or nil when the holiday does not exist that year.
    func date(in year: Int) -> CivilDate? {
        guard year >= firstYear, year <= lastYear, !skippedYears.contains(year) else { return nil }
        if let moved = movedDates[year] {
            return CivilDate(year: year, month: moved.month, day: moved.day)
        }
        let date = dateRule.date(in: year)
        return skippedWeekdays.contains(date.isoWeekday) ? nil : date
    }

    func substitution(in year: Int) -> Substitution? {
        guard let substitution, year >= substitution.sinceYear else { return nil }
        return substitution
    }
}

// MARK: - Building rules

extension HolidayRule {
    static func fixed(_ month: Int, _ day: Int, _ local: String, _ english: String) -> HolidayRule {
        HolidayRule(local, english, .fixed(month: month, day: day))
    }

    static func easter(_ offset: Int, _ local: String, _ english: String) -> HolidayRule {
        HolidayRule(local, english, .westernEaster(offset: offset))
    }

    static func orthodoxEaster(_ offset: Int, _ local: String, _ english: String) -> HolidayRule {
        HolidayRule(local, english, .orthodoxEaster(offset: offset))
    }

    /// The nth weekday of a month (n = -1: the last).
    static func nth(_ n: Int, _ weekday: Weekday, of month: Int, _ local: String, _ english: String) -> HolidayRule {
        HolidayRule(local, english, .nthWeekday(n: n, weekday: weekday, month: month))
    }

    static func first(
        _ weekday: Weekday, onOrAfter month: Int, _ day: Int, _ local: String, _ english: String
    ) -> HolidayRule {
        HolidayRule(local, english, .weekdayOnOrAfter(weekday: weekday, month: month, day: day))
    }

    /// A holiday given for one year only (a jubilee, a state funeral).
    static func oneOff(_ year: Int, _ month: Int, _ day: Int, _ local: String, _ english: String) -> HolidayRule {
        fixed(month, day, local, english).from(year).until(year)
    }

    /// The holiday exists from this year on.
    func from(_ year: Int) -> HolidayRule {
        var copy = self
        copy.firstYear = year
        return copy
    }

    /// The holiday exists up to and including this year.
    func until(_ year: Int) -> HolidayRule {
        var copy = self
        copy.lastYear = year
        return copy
    }

    /// The holiday was suspended in these years.
    func except(_ years: Int...) -> HolidayRule {
        var copy = self
        copy.skippedYears.formUnion(years)
        return copy
    }

    /// In this year the holiday was moved to another date.
    func moved(in year: Int, to month: Int, _ day: Int) -> HolidayRule {
        var copy = self
        copy.movedDates[year] = (month, day)
        return copy
    }

    /// The holiday is kept only when it falls on one of these weekdays.
    func onlyOn(_ weekdays: Weekday...) -> HolidayRule {
        var copy = self
        copy.skippedWeekdays = Set(1...7).subtracting(weekdays.map(\.rawValue))
        return copy
    }

    /// The holiday is not kept when it falls on one of these weekdays.
    func notOn(_ weekdays: Weekday...) -> HolidayRule {
        var copy = self
        copy.skippedWeekdays.formUnion(weekdays.map(\.rawValue))
        return copy
    }

    func substituted(_ substitution: Substitution) -> HolidayRule {
        var copy = self
        copy.substitution = substitution
        return copy
    }
}

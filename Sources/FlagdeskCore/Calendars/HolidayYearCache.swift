import Foundation

/// The holidays of each year a calendar has been asked about, computed once. Deadline engines ask
/// `isHoliday` millions of times, so after the first question about a year the answer is one bit
/// read: each year is kept as a set of day numbers (day of the year, 0-365) stored as a bitmap, next
/// to its list of holidays. Shared across threads; an `NSLock` guards the tables (no global
/// mutable state).
final class HolidayYearCache: @unchecked Sendable {
    private static let wordsPerYear = 6  // 6 x 64 bits >= 366 days

    private let compute: @Sendable (Int) -> [Holiday]
    private let lock = NSLock()
    private let firstYear: Int
    private let yearCount: Int

    // Guarded by `lock` (hence no dynamic exclusivity checks: the lock is the exclusivity).
    // Years in the supported range live in flat arrays indexed by year, so the hot path does no
    // hashing and touches no reference-counted object; other years go to the dictionary.
    @exclusivity(unchecked) private var computed: [Bool]
    @exclusivity(unchecked) private var dayBits: [UInt64]
    @exclusivity(unchecked) private var lists: [[Holiday]]
    @exclusivity(unchecked) private var otherYears: [Int: (holidays: [Holiday], days: Set<Int>)] = [:]

    init(years: ClosedRange<Int>, compute: @escaping @Sendable (Int) -> [Holiday]) {
        self.compute = compute
        self.firstYear = years.lowerBound
        self.yearCount = years.count
        self.computed = Array(repeating: false, count: years.count)
        self.dayBits = Array(repeating: 0, count: years.count * Self.wordsPerYear)
        self.lists = Array(repeating: [], count: years.count)
    }

    func holidays(in year: Int) -> [Holiday] {
        lock.lock()
        defer { lock.unlock() }
        let index = year - firstYear
        guard index >= 0, index < yearCount else { return otherYear(year).holidays }
        fill(index, year)
        return lists[index]
    }

    func contains(_ date: CivilDate) -> Bool {
        let dayOfYear = date.dayOfYear
        lock.lock()
        defer { lock.unlock() }
        let index = date.year - firstYear
        guard index >= 0, index < yearCount else { return otherYear(date.year).days.contains(dayOfYear) }
        fill(index, date.year)
        let word = dayBits[index * Self.wordsPerYear + dayOfYear >> 6]
        return word & (1 << UInt64(dayOfYear & 63)) != 0
    }

    // Computing under the lock is deliberate: it takes microseconds and no thread repeats it.
    private func fill(_ index: Int, _ year: Int) {
        guard !computed[index] else { return }
        let holidays = compute(year)
        for holiday in holidays {
            let day = holiday.date.dayOfYear
            dayBits[index * Self.wordsPerYear + day >> 6] |= 1 << UInt64(day & 63)
        }
        lists[index] = holidays
        computed[index] = true
    }

    private func otherYear(_ year: Int) -> (holidays: [Holiday], days: Set<Int>) {
        if let cached = otherYears[year] { return cached }
        let holidays = compute(year)
        let made = (holidays: holidays, days: Set(holidays.map(\.date.dayOfYear)))
        otherYears[year] = made
        return made
    }
}

extension CivilDate {
    private static let daysBeforeMonth = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]

    /// 0 for 1 January ... 364 (365 in leap years) for 31 December.
    var dayOfYear: Int {
        Self.daysBeforeMonth[month - 1] + day - 1 + (month > 2 && CivilDate.isLeap(year) ? 1 : 0)
    }
}

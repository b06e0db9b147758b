import Foundation

/// The holidays of each year a calendar has been asked about, computed once: deadline engines ask
/// `isHoliday` millions of times, so after the first question about a year the answer is a set
/// lookup. Shared across threads; an `NSLock` guards the table (no global mutable state).
final class HolidayYearCache: @unchecked Sendable {
    /// One computed year.
    struct Year: Sendable {
        let holidays: [Holiday]
        /// `CivilDate.daysSinceEpoch` of every holiday.
        let dayNumbers: Set<Int>
    }

    private let compute: @Sendable (Int) -> [Holiday]
    private let lock = NSLock()
    // Guarded by `lock`. Years of the supported range sit in an array (no hashing on the hot path);
    // any other year asked about goes to the dictionary.
    private var supported: [Year?]
    private var others: [Int: Year] = [:]
    private let firstYear: Int

    init(years: ClosedRange<Int>, compute: @escaping @Sendable (Int) -> [Holiday]) {
        self.compute = compute
        self.firstYear = years.lowerBound
        self.supported = Array(repeating: nil, count: years.count)
    }

    func year(_ year: Int) -> Year {
        lock.lock()
        defer { lock.unlock() }
        let index = year - firstYear
        if index >= 0, index < supported.count {
            if let cached = supported[index] { return cached }
            let made = make(year)
            supported[index] = made
            return made
        }
        if let cached = others[year] { return cached }
        let made = make(year)
        others[year] = made
        return made
    }

    func contains(_ date: CivilDate) -> Bool {
        year(date.year).dayNumbers.contains(date.daysSinceEpoch)
    }

    // Computing under the lock is deliberate: it takes microseconds and no thread repeats it.
    private func make(_ year: Int) -> Year {
        let holidays = compute(year)
        return Year(holidays: holidays, dayNumbers: Set(holidays.map(\.date.daysSinceEpoch)))
    }
}

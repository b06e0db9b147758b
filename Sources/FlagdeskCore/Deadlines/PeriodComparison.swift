/// Whether one period can ever end later than another counted from the same event: the catalogue
/// uses it to refuse overrides that would lengthen a statutory limit.
extension Period {
    /// True when, for every event, a deadline of this period ends no later than one of `other`
    /// (before any move to a working day). Same-kind units compare exactly (31 days is longer than
    /// 1 month in some months, 4 weeks never is); different kinds compare their extreme lengths
    /// in hours, on 24-hour days.
    public func isNeverLonger(than other: Period) -> Bool {
        switch (unit, other.unit) {
        case (.hours, .hours), (.workingDays, .workingDays):
            return amount <= other.amount
        default:
            break
        }
        // Counts on the same scale from the same day are monotonic in their amount.
        if let mine = calendarDays, let theirs = other.calendarDays { return mine <= theirs }
        if let mine = calendarMonths, let theirs = other.calendarMonths { return mine <= theirs }
        if let mine = calendarDaySpan, let theirs = other.calendarDaySpan {
            return mine.upperBound <= theirs.lowerBound
        }
        return elapsedHours.upperBound <= other.elapsedHours.lowerBound
    }

    /// The fewest and most calendar days between the event day and the last day, for periods on
    /// the calendar (days, weeks, months, years); nil for hours and working days.
    var calendarDaySpan: ClosedRange<Int>? {
        if let days = calendarDays { return days...days }
        guard let months = calendarMonths else { return nil }
        // Spans of n months from any date lie between the shortest and longest runs of n whole
        // months (Art. 3(2)(c) clamps to the month's last day), and the Gregorian calendar repeats
        // every 400 years, so the first days of the months of one cycle give both bounds.
        var shortest = Int.max
        var longest = Int.min
        for year in 2000..<2400 {
            for month in 1...12 {
                let start = CivilDate(year: year, month: month, day: 1)!
                let span = start.adding(months: months).daysSinceEpoch - start.daysSinceEpoch
                shortest = min(shortest, span)
                longest = max(longest, span)
            }
        }
        return shortest...longest
    }

    /// The least and most time to the end, in hours from the start of the hour in which the event
    /// happens: an hours period ends n hours after the next full hour (Art. 3(1)), or n hours after
    /// the event when exact; a day-based period ends at the end of its last day, at least one hour
    /// (event at 23:xx) and at most a day more than its day count; working days have no upper
    /// bound, since holidays can stretch them.
    var elapsedHours: ClosedRange<Double> {
        switch unit {
        case .hours:
            return Double(amount)...Double(amount + 1)
        case .workingDays:
            // The shortest run: no holidays, the weekends in between only.
            let days = amount + 2 * ((amount - 1) / 5)
            return Double(days * 24 + 1)...Double.infinity
        default:
            let span = calendarDaySpan!
            return Double(span.lowerBound * 24 + 1)...Double((span.upperBound + 1) * 24)
        }
    }
}

import Foundation

/// Where a counted period ends.
struct PeriodEnd {
    /// The deadline instant (the last second of the last day, or the end of the last hour).
    var due: Date
    /// The last local day, for periods counted in days; nil for hours.
    var lastDay: CivilDate?
    /// The last day before any move to a working day (Art. 3(4), 3(5)); nil for hours.
    var unmovedDay: CivilDate?

    /// Where an extension that cannot be combined with the period runs on from: the end of the
    /// period before any move.
    func unmovedEnd(_ counter: PeriodCounter) -> Date {
        guard let unmovedDay, unmovedDay != lastDay else { return due }
        return counter.endInstant(of: unmovedDay)
    }
}

/// Regulation (EEC, Euratom) No 1182/71 Art. 3 arithmetic in one zone against one holiday
/// calendar. Explanation steps are collected only when `steps` is non-nil, so the fast path builds
/// no strings.
struct PeriodCounter {
    let zone: TimeZone
    /// An existential rather than a generic parameter: callers hold calendars as `any
    /// HolidayCalendar`, and opening one for a generic call costs a metadata lookup per deadline.
    let calendar: any HolidayCalendar
    /// The zone's precomputed offsets when counting for a `DeadlinePlace`; nil asks the zone.
    let offsets: ZoneOffsetTable?

    /// A guard against a calendar with no working day at all (a defect in the calendar, not a
    /// real place): the search for a working day stops after ten years.
    private static var searchLimit: Int { 3_660 }

    // MARK: Forward

    /// The end of `period` counted forward from `event`.
    func forward(_ period: Period, counting: CountingMode, from event: Date, steps: inout [String]?) -> PeriodEnd {
        switch counting {
        case .exactHours:
            let due = event.addingTimeInterval(Double(period.amount) * 3_600)
            steps?.append("\(period) after \(local(event)) = \(local(due)), counted to the second")
            return PeriodEnd(due: due, lastDay: nil, unmovedDay: nil)
        case .hours:
            return hoursUnder1182(period, from: event, steps: &steps)
        case .calendar, .rollForward:
            return calendarPeriod(period, moving: counting == .rollForward, from: event, steps: &steps)
        case .workingDays:
            return workingDays(period.amount, from: event, steps: &steps)
        }
    }

    /// Art. 3(1): the hour in which the event happens is not counted; Art. 3(2)(a): the period
    /// starts at the beginning of the first hour and ends with the expiry of the last. Hours are
    /// elapsed time, so a DST change inside the period changes the wall clock, not the length.
    private func hoursUnder1182(_ period: Period, from event: Date, steps: inout [String]?) -> PeriodEnd {
        let offset = Double(secondsFromGMT(for: event))
        let localSeconds = event.timeIntervalSince1970 + offset
        let nextHour = ((localSeconds / 3_600).rounded(.down) + 1) * 3_600
        let start = Date(timeIntervalSince1970: nextHour - offset)
        let due = start.addingTimeInterval(Double(period.amount) * 3_600 - 1)
        steps?.append(
            "The hour of the event is not counted: the period starts at \(local(start)) (Art. 3(1), 3(2)(a))")
        steps?.append("\(period) from \(local(start)) ends at \(local(due)); hours are never moved (Art. 3(4))")
        return PeriodEnd(due: due, lastDay: nil, unmovedDay: nil)
    }

    /// Days, weeks, months, years: the event day is not counted (Art. 3(1)); the period ends at the
    /// end of the last day (Art. 3(2)(b)), for months and years the day with the event's date or the
    /// month's last day (Art. 3(2)(c)); when `moving`, Art. 3(4) and 3(5) apply.
    private func calendarPeriod(_ period: Period, moving: Bool, from event: Date, steps: inout [String]?)
        -> PeriodEnd
    {
        let eventDay = localDay(of: event)
        let naive = Self.advance(eventDay, by: period)
        guard moving else {
            if steps != nil {
                steps?.append("\(period) from \(eventDay) = \(LocalTime.dated(naive))")
                if !calendar.isWorkingDay(naive) {
                    noteHoliday(naive, steps: &steps)
                    steps?.append("\(naive) is not a working day, but this rule does not move its end (calendar count)")
                }
            }
            return endOfDay(naive, unmoved: naive, steps: &steps)
        }
        var last = naive
        var skipped: [CivilDate] = []
        var guardDays = 0
        while !calendar.isWorkingDay(last), guardDays < Self.searchLimit {
            if steps != nil, calendar.isHoliday(last) { skipped.append(last) }
            last = last.adding(days: 1)
            guardDays += 1
        }
        if steps != nil {
            if last == naive, naive.isWeekend {
                steps?.append(
                    "\(period) from \(eventDay) = \(LocalTime.dated(naive)), a working day by decree in the "
                        + "\(calendar.code) calendar: the period ends there (the safe reading; Reg. 1182/71 Art. 2(2) "
                        + "names Saturdays, so the next working day may also be argued)")
            } else if last == naive {
                steps?.append("\(period) from \(eventDay) = \(LocalTime.dated(naive))")
            } else {
                steps?.append(
                    "\(period) from \(eventDay) = \(LocalTime.dated(naive)) -> next working day "
                        + "\(LocalTime.dated(last)) (Art. 3(4))")
            }
            for day in skipped { noteHoliday(day, steps: &steps) }
        }
        if Self.isTwoDaysOrMore(period) {
            last = keepTwoWorkingDays(after: eventDay, last: last, steps: &steps)
        }
        return endOfDay(last, unmoved: naive, steps: &steps)
    }

    /// Art. 3(5): a period of two days or more includes at least two working days.
    private func keepTwoWorkingDays(after eventDay: CivilDate, last: CivilDate, steps: inout [String]?) -> CivilDate {
        // `last` is a working day already (Art. 3(4) moved it there).
        var found = 1
        var day = last.adding(days: -1)
        while day > eventDay, found < 2 {
            if calendar.isWorkingDay(day) { found += 1 }
            day = day.adding(days: -1)
        }
        guard found < 2 else { return last }
        var extended = last
        var guardDays = 0
        while found < 2, guardDays < Self.searchLimit {
            extended = extended.adding(days: 1)
            if calendar.isWorkingDay(extended) { found += 1 }
            guardDays += 1
        }
        steps?.append(
            "\(eventDay.adding(days: 1)) to \(last) holds fewer than two working days -> extended to "
                + "\(LocalTime.dated(extended)) (Art. 3(5))")
        return extended
    }

    /// Art. 3(3): only working days count when the period is expressed in working days.
    private func workingDays(_ count: Int, from event: Date, steps: inout [String]?) -> PeriodEnd {
        let eventDay = localDay(of: event)
        var day = eventDay
        var counted = 0
        var skipped: [CivilDate] = []
        var sinceLastWorkingDay = 0
        while counted < count, sinceLastWorkingDay < Self.searchLimit {
            day = day.adding(days: 1)
            if calendar.isWorkingDay(day) {
                counted += 1
                sinceLastWorkingDay = 0
            } else {
                if steps != nil, calendar.isHoliday(day) { skipped.append(day) }
                sinceLastWorkingDay += 1
            }
        }
        if steps != nil {
            steps?.append(
                "\(Period.workingDays(count)) after \(eventDay) = \(LocalTime.dated(day)); Saturdays, Sundays "
                    + "and public holidays are not counted (Art. 3(3))")
            for holiday in skipped { noteHoliday(holiday, steps: &steps) }
        }
        return endOfDay(day, unmoved: day, steps: &steps)
    }

    // MARK: Backward

    /// A period counted back from the end of another deadline (a warning before it runs out).
    /// Never moved to a working day: Art. 3(4) does not apply to periods counted backwards.
    func backward(_ period: Period, before end: PeriodEnd, anchorID: String, steps: inout [String]?) -> PeriodEnd {
        switch period.unit {
        case .hours:
            let due = end.due.addingTimeInterval(-Double(period.amount) * 3_600)
            steps?.append(
                "\(period) before the end of \(anchorID) (\(local(end.due))) = \(local(due)); counted backwards, "
                    + "so not moved (Art. 3(4))")
            return PeriodEnd(due: due, lastDay: nil, unmovedDay: nil)
        case .workingDays:
            let anchorDay = end.lastDay ?? localDay(of: end.due)
            var day = anchorDay
            var counted = 0
            var guardDays = 0
            while counted < period.amount, guardDays < Self.searchLimit {
                day = day.adding(days: -1)
                if calendar.isWorkingDay(day) {
                    counted += 1
                    guardDays = 0
                } else {
                    guardDays += 1
                }
            }
            steps?.append(
                "\(period) before \(anchorDay) (end of \(anchorID)) = \(LocalTime.dated(day)); counted backwards, "
                    + "so not moved (Art. 3(4))")
            return endOfDay(day, unmoved: day, steps: &steps)
        case .days, .weeks, .months, .years:
            let anchorDay = end.lastDay ?? localDay(of: end.due)
            let day = Self.advance(anchorDay, by: period, direction: -1)
            steps?.append(
                "\(period) before \(anchorDay) (end of \(anchorID)) = \(LocalTime.dated(day)); counted backwards, "
                    + "so not moved (Art. 3(4))")
            return endOfDay(day, unmoved: day, steps: &steps)
        }
    }

    // MARK: Helpers

    /// The date `period` after (or before, with `direction` -1) a date; months clamp to the last
    /// day of the month (Art. 3(2)(c)).
    static func advance(_ day: CivilDate, by period: Period, direction: Int = 1) -> CivilDate {
        switch period.unit {
        case .days: return day.adding(days: direction * period.amount)
        case .weeks: return day.adding(days: direction * period.amount * 7)
        case .months: return day.adding(months: direction * period.amount)
        case .years: return day.adding(years: direction * period.amount)
        case .hours, .workingDays:
            preconditionFailure("\(period.unit) periods are not counted on the calendar")
        }
    }

    /// Whether Art. 3(5) applies: "any period of two days or more".
    private static func isTwoDaysOrMore(_ period: Period) -> Bool {
        switch period.unit {
        case .days: return period.amount >= 2
        case .weeks, .months, .years: return true
        case .hours, .workingDays: return false
        }
    }

    /// The end of a local day (Art. 3(2)(b), (c)): its last second in the zone, whatever DST does.
    private func endOfDay(_ day: CivilDate, unmoved: CivilDate, steps: inout [String]?) -> PeriodEnd {
        let due = endInstant(of: day)
        steps?.append(
            "Ends at the end of \(day) in \(LocalTime.zoneName(zone)): \(local(due)) = \(ISO8601.format(due))")
        return PeriodEnd(due: due, lastDay: day, unmovedDay: unmoved)
    }

    // MARK: Zone

    private func secondsFromGMT(for instant: Date) -> Int {
        offsets?.secondsFromGMT(for: instant) ?? zone.secondsFromGMT(for: instant)
    }

    /// The local date of an instant; `CivilDate(_:in:)` with the faster offset lookup.
    func localDay(of instant: Date) -> CivilDate {
        let seconds = Int((instant.timeIntervalSince1970 + Double(secondsFromGMT(for: instant))).rounded(.down))
        return CivilDate(daysSinceEpoch: Int((Double(seconds) / 86_400).rounded(.down)))
    }

    /// The last second of a local day; `CivilDate.endInstant(in:)` step for step (the offset taken
    /// at the resulting instant, so DST days are 23 or 25 hours) with the faster offset lookup.
    func endInstant(of day: CivilDate) -> Date {
        let utcMidnight = Double(day.daysSinceEpoch + 1) * 86_400
        let guess = utcMidnight - Double(secondsFromGMT(for: Date(timeIntervalSince1970: utcMidnight)))
        let start = utcMidnight - Double(secondsFromGMT(for: Date(timeIntervalSince1970: guess)))
        return Date(timeIntervalSince1970: start - 1)
    }

    private func noteHoliday(_ day: CivilDate, steps: inout [String]?) {
        guard steps != nil else { return }
        if let holiday = calendar.holiday(on: day) {
            let names =
                holiday.localName == holiday.englishName
                ? holiday.englishName : "\(holiday.localName) / \(holiday.englishName)"
            steps?.append("\(day) is a public holiday (\(names))")
        } else if calendar.isHoliday(day) {
            steps?.append("\(day) is a public holiday or closure day in the \(calendar.code) calendar")
        }
    }

    private func local(_ instant: Date) -> String { LocalTime.text(instant, in: zone) }
}

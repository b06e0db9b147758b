/// Turns a calendar's rules into the holidays of one year: the dated holidays, then the substitute
/// days the law gives for those falling on a weekend, then one entry per date.
enum HolidayYearBuilder {
    static func holidays(of rules: [HolidayRule], in year: Int) -> [Holiday] {
        // A substitute can cross a year boundary (US: New Year's Day on a Saturday is observed on
        // Friday 31 December), so the neighbouring years are dated too and filtered at the end.
        var dated: [DatedRule] = []
        for candidateYear in (year - 1)...(year + 1) {
            for rule in rules {
                if let date = rule.date(in: candidateYear) {
                    dated.append(DatedRule(date: date, year: candidateYear, rule: rule))
                }
            }
        }
        // Stable: on one date, rules keep their written order (names join in that order).
        dated = dated.enumerated().sorted { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }.map(\.element)

        var result = dated.filter { $0.date.year == year }.map {
            Holiday(date: $0.date, localName: $0.rule.localName, englishName: $0.rule.englishName)
        }
        result += substituteDays(for: dated).filter { $0.date.year == year }
        return mergedByDate(result)
    }

    private struct DatedRule {
        let date: CivilDate
        let year: Int
        let rule: HolidayRule
    }

    private static func substituteDays(for dated: [DatedRule]) -> [Holiday] {
        var holidaysPerDay: [Int: Int] = [:]
        for entry in dated { holidaysPerDay[entry.date.daysSinceEpoch, default: 0] += 1 }
        var taken = Set(holidaysPerDay.keys)
        var substitutes: [Holiday] = []
        for entry in dated {
            guard let substitution = entry.rule.substitution(in: entry.year) else { continue }
            let sharesDay = (holidaysPerDay[entry.date.daysSinceEpoch] ?? 0) > 1
            guard entry.date.isWeekend || (substitution.alsoWhenOnAnotherHoliday && sharesDay) else { continue }
            let day: CivilDate
            switch substitution.policy {
            case .nextFreeWeekday:
                var candidate = entry.date.adding(days: 1)
                while candidate.isWeekend || taken.contains(candidate.daysSinceEpoch) {
                    candidate = candidate.adding(days: 1)
                }
                day = candidate
            case .nearestWeekday:
                guard entry.date.isWeekend else { continue }
                day = entry.date.adding(days: entry.date.isoWeekday == Weekday.saturday.rawValue ? -1 : 1)
            }
            taken.insert(day.daysSinceEpoch)
            substitutes.append(
                Holiday(
                    date: day,
                    localName: entry.rule.localName + substitution.localSuffix,
                    englishName: entry.rule.englishName + substitution.englishSuffix))
        }
        return substitutes
    }

    /// Sorted, one entry per date; two holidays on one day (Ascension on 1 May 2008) share it,
    /// their names joined with " / " (a name given twice, e.g. by a country and its region, once).
    private static func mergedByDate(_ holidays: [Holiday]) -> [Holiday] {
        let ordered = holidays.enumerated().sorted { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }
        var merged: [Holiday] = []
        var namesOfDay: [(local: String, english: String)] = []
        func flush() {
            guard let last = merged.last else { return }
            merged[merged.count - 1] = Holiday(
                date: last.date,
                localName: namesOfDay.map(\.local).joined(separator: " / "),
                englishName: namesOfDay.map(\.english).joined(separator: " / "))
        }
        for (_, holiday) in ordered {
            if let last = merged.last, last.date == holiday.date {
                if !namesOfDay.contains(where: { $0 == (holiday.localName, holiday.englishName) }) {
                    namesOfDay.append((holiday.localName, holiday.englishName))
                }
            } else {
                flush()
                merged.append(holiday)
                namesOfDay = [(holiday.localName, holiday.englishName)]
            }
        }
        flush()
        return merged
    }
}

/// Turns a calendar's rules into the holidays of one year: the dated holidays, then the substitute
/// days the law gives for those falling on a weekend, then one entry per date.
enum HolidayYearBuilder {
    static func holidays(of rules: [HolidayRule], in year: Int) -> [Holiday] {
        // A substitute can cross a year boundary (US: New Year's Day on a Saturday is observed on
        // Friday 31 December), so rules with substitutes are dated in the neighbouring years too.
        var dated: [DatedRule] = []
        for candidateYear in (year - 1)...(year + 1) {
            for rule in rules where candidateYear == year || rule.substitution(in: candidateYear) != nil {
                if let date = rule.date(in: candidateYear) {
                    dated.append(DatedRule(date: date, year: candidateYear, rule: rule))
                }
            }
        }
        // Stable: on one date, rules keep their written order (names join in that order).
        dated = dated.enumerated().sorted { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }.map(\.element)

        let ofTheYear = dated.filter { $0.date.year == year }.map {
            Holiday(date: $0.date, localName: $0.rule.localName, englishName: $0.rule.englishName)
        }
        return mergedByDate(ofTheYear + substituteDays(for: dated).filter { $0.date.year == year })
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
        var dates: [CivilDate] = []
        var names: [CivilDate: [(local: String, english: String)]] = [:]
        for holiday in holidays {
            let name = (local: holiday.localName, english: holiday.englishName)
            if names[holiday.date] == nil { dates.append(holiday.date) }
            if !(names[holiday.date] ?? []).contains(where: { $0 == name }) {
                names[holiday.date, default: []].append(name)
            }
        }
        return dates.sorted().map { date in
            let ofDay = names[date]!
            return Holiday(
                date: date,
                localName: ofDay.map(\.local).joined(separator: " / "),
                englishName: ofDay.map(\.english).joined(separator: " / "))
        }
    }
}

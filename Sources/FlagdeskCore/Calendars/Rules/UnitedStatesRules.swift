/// The United States: the federal legal public holidays of 5 U.S.C. 6103(a). Under 6103(b) and
/// Executive Order 11582 a holiday on a Saturday is observed on the Friday before (New Year's Day
/// 2022: Friday 31 December 2021), one on a Sunday on the Monday after. State holidays and
/// one-off closures by executive order are not modelled.
enum UnitedStatesRules {
    static let all = [federal]

    static let observed = Substitution(.nearestWeekday, localSuffix: " (observed)", englishSuffix: " (observed)")

    static func holiday(_ rule: DateRule, _ name: String) -> HolidayRule {
        HolidayRule(name, name, rule)
    }

    static let federal = CalendarDefinition(
        code: "US", name: "United States (federal holidays)",
        rules: [
            holiday(.fixed(month: 1, day: 1), "New Year's Day").substituted(observed),
            holiday(.nthWeekday(n: 3, weekday: .monday, month: 1), "Birthday of Martin Luther King, Jr."),
            holiday(.nthWeekday(n: 3, weekday: .monday, month: 2), "Washington's Birthday"),
            holiday(.nthWeekday(n: -1, weekday: .monday, month: 5), "Memorial Day"),
            // Juneteenth National Independence Day Act, signed 17 June 2021.
            holiday(.fixed(month: 6, day: 19), "Juneteenth National Independence Day").from(2021)
                .substituted(observed),
            holiday(.fixed(month: 7, day: 4), "Independence Day").substituted(observed),
            holiday(.nthWeekday(n: 1, weekday: .monday, month: 9), "Labor Day"),
            holiday(.nthWeekday(n: 2, weekday: .monday, month: 10), "Columbus Day"),
            holiday(.fixed(month: 11, day: 11), "Veterans Day").substituted(observed),
            holiday(.nthWeekday(n: 4, weekday: .thursday, month: 11), "Thanksgiving Day"),
            holiday(.fixed(month: 12, day: 25), "Christmas Day").substituted(observed),
        ])
}

/// The United Kingdom's bank holidays (Banking and Financial Dealings Act 1971, Schedule 1, and the
/// yearly Royal Proclamations), as gov.uk/bank-holidays lists them. `GB` is England and Wales;
/// Scotland and Northern Ireland differ. A holiday on a weekend gives a substitute day, the next
/// weekday that is not already a bank holiday (Christmas on a Saturday: Monday 27 December;
/// Boxing Day on the Sunday: Tuesday 28 December). Christmas Day and Good Friday are common-law
/// holidays rather than bank holidays in England, Wales and Northern Ireland; they count the same.
enum UnitedKingdomRules {
    static let all = [englandAndWales, scotland, northernIreland]

    static let substitute = Substitution(
        .nextFreeWeekday, localSuffix: " (substitute day)", englishSuffix: " (substitute day)")

    static func bankHoliday(_ month: Int, _ day: Int, _ name: String) -> HolidayRule {
        HolidayRule.fixed(month, day, name, name).substituted(substitute)
    }

    static func named(_ rule: DateRule, _ name: String) -> HolidayRule {
        HolidayRule(name, name, rule)
    }

    static let newYearsDay = bankHoliday(1, 1, "New Year's Day")
    static let goodFriday = named(.westernEaster(offset: EasterOffset.goodFriday), "Good Friday")
    static let easterMonday = named(.westernEaster(offset: EasterOffset.easterMonday), "Easter Monday")
    /// First Monday of May; moved to 8 May for the 50th (1995, a Monday) and 75th (2020, a Friday)
    /// anniversaries of VE Day.
    static let earlyMay = named(.nthWeekday(n: 1, weekday: .monday, month: 5), "Early May bank holiday")
        .moved(in: 1995, to: 5, 8).moved(in: 2020, to: 5, 8)
    /// Last Monday of May; moved for the Golden (2002), Diamond (2012) and Platinum (2022) Jubilees.
    static let spring = named(.nthWeekday(n: -1, weekday: .monday, month: 5), "Spring bank holiday")
        .moved(in: 2002, to: 6, 4).moved(in: 2012, to: 6, 4).moved(in: 2022, to: 6, 2)
    static let christmasDay = bankHoliday(12, 25, "Christmas Day")
    static let boxingDay = bankHoliday(12, 26, "Boxing Day")

    /// One-off bank holidays by Royal Proclamation, UK-wide. The 2022 State Funeral of Queen
    /// Elizabeth II is modelled for 2022 only, like the others.
    static let oneOffs: [HolidayRule] = [
        .oneOff(1999, 12, 31, "Millennium Celebrations", "Millennium Celebrations"),
        .oneOff(2002, 6, 3, "Golden Jubilee of Queen Elizabeth II", "Golden Jubilee of Queen Elizabeth II"),
        .oneOff(2011, 4, 29, "Wedding of Prince William and Catherine Middleton", "Royal Wedding"),
        .oneOff(2012, 6, 5, "Diamond Jubilee of Queen Elizabeth II", "Diamond Jubilee of Queen Elizabeth II"),
        .oneOff(2022, 6, 3, "Platinum Jubilee of Queen Elizabeth II", "Platinum Jubilee of Queen Elizabeth II"),
        .oneOff(
            2022, 9, 19, "State Funeral of Queen Elizabeth II", "State Funeral of Queen Elizabeth II"),
        .oneOff(2023, 5, 8, "Coronation of King Charles III", "Coronation of King Charles III"),
    ]

    static let englandAndWales = CalendarDefinition(
        code: "GB", name: "United Kingdom: England and Wales",
        rules: [
            newYearsDay, goodFriday, easterMonday, earlyMay, spring,
            named(.nthWeekday(n: -1, weekday: .monday, month: 8), "Summer bank holiday"),
            christmasDay, boxingDay,
        ] + oneOffs)

    /// Scotland: 2 January, no Easter Monday, the summer bank holiday on the first Monday of August,
    /// and St Andrew's Day (St Andrew's Day Bank Holiday (Scotland) Act 2007) from 2007.
    static let scotland = CalendarDefinition(
        code: "GB-SCT", name: "United Kingdom: Scotland",
        rules: [
            newYearsDay, bankHoliday(1, 2, "2nd January"), goodFriday, earlyMay, spring,
            named(.nthWeekday(n: 1, weekday: .monday, month: 8), "Summer bank holiday"),
            bankHoliday(11, 30, "St Andrew's Day").from(2007),
            christmasDay, boxingDay,
        ] + oneOffs)

    /// Northern Ireland: England and Wales' list plus St Patrick's Day and the Battle of the Boyne
    /// (Orangemen's Day).
    static let northernIreland = CalendarDefinition(
        code: "GB-NIR", name: "United Kingdom: Northern Ireland",
        rules: [
            newYearsDay, bankHoliday(3, 17, "St Patrick's Day"), goodFriday, easterMonday, earlyMay, spring,
            bankHoliday(7, 12, "Battle of the Boyne (Orangemen's Day)"),
            named(.nthWeekday(n: -1, weekday: .monday, month: 8), "Summer bank holiday"),
            christmasDay, boxingDay,
        ] + oneOffs)
}

/// Easter Sunday by the two computus traditions the calendars need.
enum Easter {
    /// Western Easter: the Gregorian computus (the "anonymous Gregorian algorithm" of Meeus,
    /// Jones and Butcher), valid for every Gregorian year.
    static func western(_ year: Int) -> CivilDate {
        let a = year % 19
        let b = year / 100
        let c = year % 100
        let d = b / 4
        let e = b % 4
        let f = (b + 8) / 25
        let g = (b - f + 1) / 3
        let h = (19 * a + b - d - g + 15) % 30
        let i = c / 4
        let k = c % 4
        let l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31
        let day = (h + l - 7 * m + 114) % 31 + 1
        return CivilDate(year: year, month: month, day: day)!
    }

    /// Orthodox Easter (GR, CY, BG, RO): the Julian computus (Meeus), converted to the Gregorian
    /// calendar. Between March and May a Julian date runs `year/100 - year/400 - 2` days behind
    /// the Gregorian one: 13 days in 1900-2099, 14 days in 2100.
    static func orthodox(_ year: Int) -> CivilDate {
        let a = year % 4
        let b = year % 7
        let c = year % 19
        let d = (19 * c + 15) % 30
        let e = (2 * a + 4 * b - d + 34) % 7
        let month = (d + e + 114) / 31
        let day = (d + e + 114) % 31 + 1
        let julianLag = year / 100 - year / 400 - 2
        return CivilDate(year: year, month: month, day: day)!.adding(days: julianLag)
    }
}

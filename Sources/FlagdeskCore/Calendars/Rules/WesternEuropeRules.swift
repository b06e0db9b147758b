/// Austria, Belgium, France, Ireland, Liechtenstein, Luxembourg, the Netherlands (Switzerland:
/// `SwitzerlandRules`).
enum WesternEuropeRules {
    static let all = [austria, belgium, france, ireland, liechtenstein, luxembourg, netherlands]

    /// Arbeitsruhegesetz § 7(2) and Feiertagsruhegesetz 1957 (BGBl. 153/1957). Good Friday was a
    /// holiday only for some Protestant churches' members and was dropped in 2019: not modelled.
    static let austria = CalendarDefinition(
        code: "AT", name: "Austria",
        rules: [
            .fixed(1, 1, "Neujahr", "New Year's Day"),
            .fixed(1, 6, "Heilige Drei Könige", "Epiphany"),
            .easter(EasterOffset.easterMonday, "Ostermontag", "Easter Monday"),
            .fixed(5, 1, "Staatsfeiertag", "National Holiday (Labour Day)"),
            .easter(EasterOffset.ascension, "Christi Himmelfahrt", "Ascension Day"),
            .easter(EasterOffset.whitMonday, "Pfingstmontag", "Whit Monday"),
            .easter(EasterOffset.corpusChristi, "Fronleichnam", "Corpus Christi"),
            .fixed(8, 15, "Mariä Himmelfahrt", "Assumption Day"),
            .fixed(10, 26, "Nationalfeiertag", "National Day"),
            .fixed(11, 1, "Allerheiligen", "All Saints' Day"),
            .fixed(12, 8, "Mariä Empfängnis", "Immaculate Conception"),
            .fixed(12, 25, "Christtag", "Christmas Day"),
            .fixed(12, 26, "Stefanitag", "St Stephen's Day"),
        ])

    /// Wet van 4 januari 1974 betreffende de feestdagen / Loi du 4 janvier 1974 relative aux jours
    /// fériés: the ten legal holidays. Names in Dutch, the majority language.
    static let belgium = CalendarDefinition(
        code: "BE", name: "Belgium",
        rules: [
            .fixed(1, 1, "Nieuwjaar", "New Year's Day"),
            .easter(EasterOffset.easterMonday, "Paasmaandag", "Easter Monday"),
            .fixed(5, 1, "Dag van de Arbeid", "Labour Day"),
            .easter(EasterOffset.ascension, "O.L.H. Hemelvaart", "Ascension Day"),
            .easter(EasterOffset.whitMonday, "Pinkstermaandag", "Whit Monday"),
            .fixed(7, 21, "Nationale feestdag", "National Day"),
            .fixed(8, 15, "O.L.V. Hemelvaart", "Assumption Day"),
            .fixed(11, 1, "Allerheiligen", "All Saints' Day"),
            .fixed(11, 11, "Wapenstilstand", "Armistice Day"),
            .fixed(12, 25, "Kerstmis", "Christmas Day"),
        ])

    /// Code du travail art. L3133-1. Whit Monday stays a legal holiday even in the years
    /// (2005-2007) it served as the "journée de solidarité". Alsace-Moselle's Good Friday and
    /// 26 December are local law, not modelled (no subdivision).
    static let france = CalendarDefinition(
        code: "FR", name: "France",
        rules: [
            .fixed(1, 1, "Jour de l'an", "New Year's Day"),
            .easter(EasterOffset.easterMonday, "Lundi de Pâques", "Easter Monday"),
            .fixed(5, 1, "Fête du Travail", "Labour Day"),
            .fixed(5, 8, "Victoire 1945", "Victory in Europe Day"),
            .easter(EasterOffset.ascension, "Ascension", "Ascension Day"),
            .easter(EasterOffset.whitMonday, "Lundi de Pentecôte", "Whit Monday"),
            .fixed(7, 14, "Fête nationale", "Bastille Day"),
            .fixed(8, 15, "Assomption", "Assumption Day"),
            .fixed(11, 1, "Toussaint", "All Saints' Day"),
            .fixed(11, 11, "Armistice 1918", "Armistice Day"),
            .fixed(12, 25, "Noël", "Christmas Day"),
        ])

    /// Organisation of Working Time Act 1997, Schedule 2 and its predecessors (May Day from 1994,
    /// St Brigid's Day from 2023, the one-off Day of Remembrance and Recognition on 18 March 2022). The Act gives no
    /// statutory substitute, but when New Year's Day, St Patrick's Day, Christmas Day or St
    /// Stephen's Day falls on a weekend the next free weekday is the bank holiday on which banks and
    /// public offices close, which is what a deadline counts. Good Friday is not a public holiday.
    static let ireland: CalendarDefinition = {
        let substitute = Substitution(.nextFreeWeekday, localSuffix: " (lá ionaid)", englishSuffix: " (substitute day)")
        return CalendarDefinition(
            code: "IE", name: "Ireland",
            rules: [
                HolidayRule.fixed(1, 1, "Lá Caille", "New Year's Day").substituted(substitute),
                // First Monday of February, or 1 February itself when it is a Friday (2023 Act).
                HolidayRule(
                    "Lá Fhéile Bríde", "St Brigid's Day",
                    .custom { year in
                        let first = CivilDate(year: year, month: 2, day: 1)!
                        if first.isoWeekday == Weekday.friday.rawValue { return first }
                        return DateRule.nthWeekday(n: 1, weekday: .monday, month: 2).date(in: year)
                    }
                ).from(2023),
                HolidayRule.fixed(3, 17, "Lá Fhéile Pádraig", "St Patrick's Day").substituted(substitute),
                .easter(EasterOffset.easterMonday, "Luan Cásca", "Easter Monday"),
                // May Day from 1994; in 1995 moved to 8 May for the 50th anniversary of VE Day.
                HolidayRule.nth(1, .monday, of: 5, "Lá Bealtaine", "May Day").from(1994).moved(in: 1995, to: 5, 8),
                .nth(1, .monday, of: 6, "Lá Saoire i mí an Mheithimh", "June Bank Holiday"),
                .nth(1, .monday, of: 8, "Lá Saoire i mí Lúnasa", "August Bank Holiday"),
                .nth(-1, .monday, of: 10, "Lá Saoire i mí Dheireadh Fómhair", "October Bank Holiday"),
                HolidayRule.fixed(12, 25, "Lá Nollag", "Christmas Day").substituted(substitute),
                HolidayRule.fixed(12, 26, "Lá Fhéile Stiofáin", "St Stephen's Day").substituted(substitute),
                .oneOff(1999, 12, 31, "Ceiliúradh na Mílaoise", "Millennium Celebrations"),
                .oneOff(2022, 3, 18, "Lá Cuimhneacháin agus Aitheantais", "Day of Remembrance and Recognition"),
            ])
    }()

    /// The days the Arbeitsgesetz treats like Sundays. Good Friday, Christmas Eve and New Year's Eve
    /// are bank and office closures, not public holidays.
    static let liechtenstein = CalendarDefinition(
        code: "LI", name: "Liechtenstein",
        rules: [
            .fixed(1, 1, "Neujahr", "New Year's Day"),
            .fixed(1, 6, "Heilige Drei Könige", "Epiphany"),
            .fixed(2, 2, "Mariä Lichtmess", "Candlemas"),
            .fixed(3, 19, "Josefstag", "St Joseph's Day"),
            .easter(EasterOffset.easterSunday, "Ostersonntag", "Easter Sunday"),
            .easter(EasterOffset.easterMonday, "Ostermontag", "Easter Monday"),
            .fixed(5, 1, "Tag der Arbeit", "Labour Day"),
            .easter(EasterOffset.ascension, "Auffahrt", "Ascension Day"),
            .easter(EasterOffset.whitSunday, "Pfingstsonntag", "Whit Sunday"),
            .easter(EasterOffset.whitMonday, "Pfingstmontag", "Whit Monday"),
            .easter(EasterOffset.corpusChristi, "Fronleichnam", "Corpus Christi"),
            .fixed(8, 15, "Staatsfeiertag", "National Day (Assumption)"),
            .fixed(9, 8, "Mariä Geburt", "Nativity of Mary"),
            .fixed(11, 1, "Allerheiligen", "All Saints' Day"),
            .fixed(12, 8, "Mariä Empfängnis", "Immaculate Conception"),
            .fixed(12, 25, "Weihnachten", "Christmas Day"),
            .fixed(12, 26, "Stephanstag", "St Stephen's Day"),
        ])

    /// Legal holidays of the Code du travail (art. L.232-2); the 2019 amendment added Europe Day
    /// (9 May) from 2019. Names in Luxembourgish.
    static let luxembourg = CalendarDefinition(
        code: "LU", name: "Luxembourg",
        rules: [
            .fixed(1, 1, "Neijoerschdag", "New Year's Day"),
            .easter(EasterOffset.easterMonday, "Ouschterméindeg", "Easter Monday"),
            .fixed(5, 1, "Dag vun der Aarbecht", "Labour Day"),
            HolidayRule.fixed(5, 9, "Europadag", "Europe Day").from(2019),
            .easter(EasterOffset.ascension, "Christi Himmelfaart", "Ascension Day"),
            .easter(EasterOffset.whitMonday, "Péngschtméindeg", "Whit Monday"),
            .fixed(6, 23, "Nationalfeierdag", "National Day"),
            .fixed(8, 15, "Léiffrawëschdag", "Assumption Day"),
            .fixed(11, 1, "Allerhellgen", "All Saints' Day"),
            .fixed(12, 25, "Chrëschtdag", "Christmas Day"),
            .fixed(12, 26, "Stiefesdag", "St Stephen's Day"),
        ])

    /// Algemene termijnenwet art. 3 (the holidays that extend a legal time limit, 5 May every year
    /// since 1982) and the national holidays Rijksoverheid lists, which add Good Friday. King's Day
    /// (27 April from 2014; Queen's Day 30 April before) moves to Saturday 26/29 April when it falls
    /// on a Sunday.
    static let netherlands = CalendarDefinition(
        code: "NL", name: "Netherlands",
        rules: [
            .fixed(1, 1, "Nieuwjaarsdag", "New Year's Day"),
            .easter(EasterOffset.goodFriday, "Goede Vrijdag", "Good Friday"),
            .easter(EasterOffset.easterSunday, "Eerste paasdag", "Easter Sunday"),
            .easter(EasterOffset.easterMonday, "Tweede paasdag", "Easter Monday"),
            HolidayRule(
                "Koningsdag", "King's Day",
                .custom { year in
                    let day = CivilDate(year: year, month: 4, day: 27)!
                    return day.isoWeekday == Weekday.sunday.rawValue ? day.adding(days: -1) : day
                }
            ).from(2014),
            HolidayRule(
                "Koninginnedag", "Queen's Day",
                .custom { year in
                    let day = CivilDate(year: year, month: 4, day: 30)!
                    return day.isoWeekday == Weekday.sunday.rawValue ? day.adding(days: -1) : day
                }
            ).until(2013),
            .fixed(5, 5, "Bevrijdingsdag", "Liberation Day"),
            .easter(EasterOffset.ascension, "Hemelvaartsdag", "Ascension Day"),
            .easter(EasterOffset.whitSunday, "Eerste pinksterdag", "Whit Sunday"),
            .easter(EasterOffset.whitMonday, "Tweede pinksterdag", "Whit Monday"),
            .fixed(12, 25, "Eerste kerstdag", "Christmas Day"),
            .fixed(12, 26, "Tweede kerstdag", "Second Day of Christmas"),
        ])
}

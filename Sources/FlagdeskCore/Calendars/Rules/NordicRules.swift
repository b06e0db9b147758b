/// Denmark, Finland, Iceland, Norway, Sweden.
enum NordicRules {
    static let all = [denmark, finland, iceland, norway, sweden]

    /// The helligdage (Helligdagsloven), with Great Prayer Day abolished from 2024 (lov nr. 214 af
    /// 6. marts 2023). Constitution Day, Christmas Eve and New Year's Eve are not helligdage, but
    /// Danish time-limit and payment rules treat them alike ("lørdag, søndag, helligdag,
    /// grundlovsdag, juleaftensdag eller nytårsaftensdag") and public offices and banks close, so
    /// a deadline never ends on them.
    static let denmark = CalendarDefinition(
        code: "DK", name: "Denmark",
        rules: [
            .fixed(1, 1, "Nytårsdag", "New Year's Day"),
            .easter(EasterOffset.maundyThursday, "Skærtorsdag", "Maundy Thursday"),
            .easter(EasterOffset.goodFriday, "Langfredag", "Good Friday"),
            .easter(EasterOffset.easterSunday, "Påskedag", "Easter Sunday"),
            .easter(EasterOffset.easterMonday, "2. påskedag", "Easter Monday"),
            HolidayRule.easter(EasterOffset.greatPrayerDay, "Store bededag", "Great Prayer Day").until(2023),
            .easter(EasterOffset.ascension, "Kristi himmelfartsdag", "Ascension Day"),
            .easter(EasterOffset.whitSunday, "Pinsedag", "Whit Sunday"),
            .easter(EasterOffset.whitMonday, "2. pinsedag", "Whit Monday"),
            .fixed(6, 5, "Grundlovsdag", "Constitution Day"),
            .fixed(12, 24, "Juleaftensdag", "Christmas Eve"),
            .fixed(12, 25, "Juledag", "Christmas Day"),
            .fixed(12, 26, "2. juledag", "Second Day of Christmas"),
            .fixed(12, 31, "Nytårsaftensdag", "New Year's Eve"),
        ])

    /// Church holidays of the Church Act and the Independence Day and May Day acts, plus Christmas
    /// Eve and Midsummer Eve, which the Act on the Calculation of Statutory Time Limits (laki
    /// säädetyn määräajan laskemisesta 150/1930, § 5) treats like holidays. From 1973 to 1990
    /// Epiphany and Ascension Day were moved to Saturdays.
    static let finland = CalendarDefinition(
        code: "FI", name: "Finland",
        rules: [
            .fixed(1, 1, "Uudenvuodenpäivä", "New Year's Day"),
            HolidayRule.fixed(1, 6, "Loppiainen", "Epiphany").from(1991),
            HolidayRule.first(.saturday, onOrAfter: 1, 6, "Loppiainen", "Epiphany").until(1990),
            .easter(EasterOffset.goodFriday, "Pitkäperjantai", "Good Friday"),
            .easter(EasterOffset.easterSunday, "Pääsiäispäivä", "Easter Sunday"),
            .easter(EasterOffset.easterMonday, "Toinen pääsiäispäivä", "Easter Monday"),
            .fixed(5, 1, "Vappu", "May Day"),
            HolidayRule.easter(EasterOffset.ascension, "Helatorstai", "Ascension Day").from(1991),
            // The Saturday before the sixth Sunday after Easter.
            HolidayRule.easter(34, "Helatorstai", "Ascension Day").until(1990),
            .easter(EasterOffset.whitSunday, "Helluntaipäivä", "Whit Sunday"),
            .first(.friday, onOrAfter: 6, 19, "Juhannusaatto", "Midsummer Eve"),
            .first(.saturday, onOrAfter: 6, 20, "Juhannuspäivä", "Midsummer Day"),
            .first(.saturday, onOrAfter: 10, 31, "Pyhäinpäivä", "All Saints' Day"),
            .fixed(12, 6, "Itsenäisyyspäivä", "Independence Day"),
            .fixed(12, 24, "Jouluaatto", "Christmas Eve"),
            .fixed(12, 25, "Joulupäivä", "Christmas Day"),
            .fixed(12, 26, "Tapaninpäivä", "St Stephen's Day"),
        ])

    /// Lög um 40 stunda vinnuviku nr. 88/1971, § 6 (public holidays). Christmas Eve and New
    /// Year's Eve are holidays from 13:00 only, so a deadline on them still runs: left out.
    static let iceland = CalendarDefinition(
        code: "IS", name: "Iceland",
        rules: [
            .fixed(1, 1, "Nýársdagur", "New Year's Day"),
            .easter(EasterOffset.maundyThursday, "Skírdagur", "Maundy Thursday"),
            .easter(EasterOffset.goodFriday, "Föstudagurinn langi", "Good Friday"),
            .easter(EasterOffset.easterSunday, "Páskadagur", "Easter Sunday"),
            .easter(EasterOffset.easterMonday, "Annar í páskum", "Easter Monday"),
            // The first Thursday after 18 April.
            .first(.thursday, onOrAfter: 4, 19, "Sumardagurinn fyrsti", "First Day of Summer"),
            .fixed(5, 1, "Verkalýðsdagurinn", "Labour Day"),
            .easter(EasterOffset.ascension, "Uppstigningardagur", "Ascension Day"),
            .easter(EasterOffset.whitSunday, "Hvítasunnudagur", "Whit Sunday"),
            .easter(EasterOffset.whitMonday, "Annar í hvítasunnu", "Whit Monday"),
            .fixed(6, 17, "Þjóðhátíðardagurinn", "National Day"),
            .nth(1, .monday, of: 8, "Frídagur verslunarmanna", "Commerce Day"),
            .fixed(12, 25, "Jóladagur", "Christmas Day"),
            .fixed(12, 26, "Annar í jólum", "Second Day of Christmas"),
        ])

    /// Lov om helligdager og helligdagsfred (1995) and lov om 1. og 17. mai som høgtidsdagar (1947).
    static let norway = CalendarDefinition(
        code: "NO", name: "Norway",
        rules: [
            .fixed(1, 1, "Første nyttårsdag", "New Year's Day"),
            .easter(EasterOffset.maundyThursday, "Skjærtorsdag", "Maundy Thursday"),
            .easter(EasterOffset.goodFriday, "Langfredag", "Good Friday"),
            .easter(EasterOffset.easterSunday, "Første påskedag", "Easter Sunday"),
            .easter(EasterOffset.easterMonday, "Andre påskedag", "Easter Monday"),
            .fixed(5, 1, "Arbeidernes dag", "Labour Day"),
            .fixed(5, 17, "Grunnlovsdag", "Constitution Day"),
            .easter(EasterOffset.ascension, "Kristi himmelfartsdag", "Ascension Day"),
            .easter(EasterOffset.whitSunday, "Første pinsedag", "Whit Sunday"),
            .easter(EasterOffset.whitMonday, "Andre pinsedag", "Whit Monday"),
            .fixed(12, 25, "Første juledag", "Christmas Day"),
            .fixed(12, 26, "Andre juledag", "St Stephen's Day"),
        ])

    /// Lag (1989:253) om allmänna helgdagar (National Day from 2005, when Whit Monday was dropped),
    /// plus Midsummer Eve, Christmas Eve and New Year's Eve, which the Act on the Calculation of
    /// Statutory Time (lag (1930:173) om beräkning av lagstadgad tid, § 2) treats like holidays.
    static let sweden = CalendarDefinition(
        code: "SE", name: "Sweden",
        rules: [
            .fixed(1, 1, "Nyårsdagen", "New Year's Day"),
            .fixed(1, 6, "Trettondedag jul", "Epiphany"),
            .easter(EasterOffset.goodFriday, "Långfredagen", "Good Friday"),
            .easter(EasterOffset.easterSunday, "Påskdagen", "Easter Sunday"),
            .easter(EasterOffset.easterMonday, "Annandag påsk", "Easter Monday"),
            .fixed(5, 1, "Första maj", "May Day"),
            .easter(EasterOffset.ascension, "Kristi himmelsfärdsdag", "Ascension Day"),
            HolidayRule.fixed(6, 6, "Sveriges nationaldag", "National Day").from(2005),
            .easter(EasterOffset.whitSunday, "Pingstdagen", "Whit Sunday"),
            HolidayRule.easter(EasterOffset.whitMonday, "Annandag pingst", "Whit Monday").until(2004),
            .first(.friday, onOrAfter: 6, 19, "Midsommarafton", "Midsummer Eve"),
            .first(.saturday, onOrAfter: 6, 20, "Midsommardagen", "Midsummer Day"),
            .first(.saturday, onOrAfter: 10, 31, "Alla helgons dag", "All Saints' Day"),
            .fixed(12, 24, "Julafton", "Christmas Eve"),
            .fixed(12, 25, "Juldagen", "Christmas Day"),
            .fixed(12, 26, "Annandag jul", "Second Day of Christmas"),
            .fixed(12, 31, "Nyårsafton", "New Year's Eve"),
        ])
}

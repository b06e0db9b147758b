/// Czechia, Hungary, Poland, Slovakia.
enum CentralEuropeRules {
    static let all = [czechia, hungary, poland, slovakia]

    /// Zákon 245/2000 Sb. o státních svátcích (and its predecessors 93/1951, 204/1990): Good
    /// Friday from 2016; Victory Day on 8 May from 1992 (9 May before).
    static let czechia = CalendarDefinition(
        code: "CZ", name: "Czechia",
        rules: [
            .fixed(1, 1, "Nový rok", "New Year's Day"),
            HolidayRule.fixed(1, 1, "Den obnovy samostatného českého státu", "Restoration Day of the Czech State")
                .from(2000),
            HolidayRule.easter(EasterOffset.goodFriday, "Velký pátek", "Good Friday").from(2016),
            .easter(EasterOffset.easterMonday, "Velikonoční pondělí", "Easter Monday"),
            .fixed(5, 1, "Svátek práce", "Labour Day"),
            HolidayRule.fixed(5, 9, "Den osvobození", "Liberation Day").until(1991),
            HolidayRule.fixed(5, 8, "Den vítězství", "Victory Day").from(1992),
            .fixed(7, 5, "Den slovanských věrozvěstů Cyrila a Metoděje", "Saints Cyril and Methodius Day"),
            .fixed(7, 6, "Den upálení mistra Jana Husa", "Jan Hus Day"),
            HolidayRule.fixed(9, 28, "Den české státnosti", "Statehood Day").from(2000),
            .fixed(10, 28, "Den vzniku samostatného československého státu", "Independent Czechoslovak State Day"),
            .fixed(11, 17, "Den boje za svobodu a demokracii", "Struggle for Freedom and Democracy Day"),
            .fixed(12, 24, "Štědrý den", "Christmas Eve"),
            .fixed(12, 25, "1. svátek vánoční", "Christmas Day"),
            .fixed(12, 26, "2. svátek vánoční", "St Stephen's Day"),
        ])

    /// Munka Törvénykönyve (2012. évi I. törvény) § 102: Good Friday from 2017, All Saints' Day
    /// from 1999, Whit Monday from 1992, 23 October from 1991. The yearly decree that swaps
    /// bridge days with working Saturdays: `DecreedDays.hungary`.
    static let hungary = CalendarDefinition(
        code: "HU", name: "Hungary",
        rules: [
            .fixed(1, 1, "Újév", "New Year's Day"),
            .fixed(3, 15, "Nemzeti ünnep", "National Day (1848 Revolution)"),
            HolidayRule.easter(EasterOffset.goodFriday, "Nagypéntek", "Good Friday").from(2017),
            .easter(EasterOffset.easterSunday, "Húsvétvasárnap", "Easter Sunday"),
            .easter(EasterOffset.easterMonday, "Húsvéthétfő", "Easter Monday"),
            .fixed(5, 1, "A munka ünnepe", "Labour Day"),
            .easter(EasterOffset.whitSunday, "Pünkösdvasárnap", "Whit Sunday"),
            HolidayRule.easter(EasterOffset.whitMonday, "Pünkösdhétfő", "Whit Monday").from(1992),
            .fixed(8, 20, "Az államalapítás ünnepe", "State Foundation Day"),
            HolidayRule.fixed(10, 23, "Nemzeti ünnep", "National Day (1956 Revolution)").from(1991),
            HolidayRule.fixed(11, 1, "Mindenszentek", "All Saints' Day").from(1999),
            .fixed(12, 25, "Karácsony", "Christmas Day"),
            .fixed(12, 26, "Karácsony másnapja", "Second Day of Christmas"),
        ],
        decrees: DecreedDays.hungary, decreeCoverage: DecreedDays.hungaryCoverage)

    /// Ustawa o dniach wolnych od pracy (1951, as amended): 3 May and 11 November restored in
    /// 1989-1990, Epiphany from 2011, Christmas Eve from 2025 (Dz.U. 2024 poz. 1965). 12 November
    /// 2018 was a one-off day off for the centenary of independence.
    static let poland = CalendarDefinition(
        code: "PL", name: "Poland",
        rules: [
            .fixed(1, 1, "Nowy Rok", "New Year's Day"),
            HolidayRule.fixed(1, 6, "Święto Trzech Króli", "Epiphany").from(2011),
            .easter(EasterOffset.easterSunday, "Wielkanoc", "Easter Sunday"),
            .easter(EasterOffset.easterMonday, "Poniedziałek Wielkanocny", "Easter Monday"),
            .fixed(5, 1, "Święto Pracy", "Labour Day"),
            .fixed(5, 3, "Święto Konstytucji 3 Maja", "Constitution Day"),
            .easter(EasterOffset.whitSunday, "Zielone Świątki", "Whit Sunday"),
            .easter(EasterOffset.corpusChristi, "Boże Ciało", "Corpus Christi"),
            .fixed(8, 15, "Wniebowzięcie Najświętszej Maryi Panny", "Assumption Day"),
            .fixed(11, 1, "Wszystkich Świętych", "All Saints' Day"),
            .fixed(11, 11, "Narodowe Święto Niepodległości", "Independence Day"),
            .oneOff(2018, 11, 12, "Narodowe Święto Niepodległości (100-lecie)", "Independence Day centenary"),
            HolidayRule.fixed(12, 24, "Wigilia Bożego Narodzenia", "Christmas Eve").from(2025),
            .fixed(12, 25, "Boże Narodzenie (pierwszy dzień)", "Christmas Day"),
            .fixed(12, 26, "Boże Narodzenie (drugi dzień)", "Second Day of Christmas"),
        ])

    /// Zákon 241/1993 Z. z. o štátnych sviatkoch, dňoch pracovného pokoja a pamätných dňoch, as
    /// amended: Constitution Day a day off until 2023 (530/2023 Z. z.), 17 November from 2001 to
    /// 2024, and 8 May and 15 September not days off in 2026 (261/2025 Z. z.). Before 1993 the
    /// Czechoslovak federal list applied (as in Czechia then).
    static let slovakia = CalendarDefinition(
        code: "SK", name: "Slovakia",
        rules: [
            HolidayRule.fixed(1, 1, "Nový rok", "New Year's Day").until(1992),
            HolidayRule.fixed(
                1, 1, "Deň vzniku Slovenskej republiky", "Day of the Establishment of the Slovak Republic"
            )
            .from(1993),
            HolidayRule.fixed(1, 6, "Zjavenie Pána (Traja králi)", "Epiphany").from(1993),
            HolidayRule.easter(EasterOffset.goodFriday, "Veľký piatok", "Good Friday").from(1993),
            .easter(EasterOffset.easterMonday, "Veľkonočný pondelok", "Easter Monday"),
            .fixed(5, 1, "Sviatok práce", "Labour Day"),
            HolidayRule.fixed(5, 9, "Deň oslobodenia", "Liberation Day").until(1991),
            HolidayRule.fixed(5, 8, "Deň oslobodenia", "Liberation Day").from(1992).until(1992),
            HolidayRule.fixed(5, 8, "Deň víťazstva nad fašizmom", "Day of Victory over Fascism")
                .from(1997).except(2026),
            .fixed(7, 5, "Sviatok svätého Cyrila a svätého Metoda", "Saints Cyril and Methodius Day"),
            HolidayRule.fixed(7, 6, "Deň upálenia majstra Jána Husa", "Jan Hus Day").until(1992),
            HolidayRule.fixed(8, 29, "Výročie Slovenského národného povstania", "Slovak National Uprising Anniversary")
                .from(1993),
            HolidayRule.fixed(9, 1, "Deň Ústavy Slovenskej republiky", "Constitution Day").from(1993).until(2023),
            HolidayRule.fixed(9, 15, "Sedembolestná Panna Mária", "Our Lady of Seven Sorrows").from(1993).except(2026),
            HolidayRule.fixed(10, 28, "Deň vzniku samostatného československého štátu", "Czechoslovak State Day")
                .until(1992),
            .oneOff(2018, 10, 30, "100. výročie Deklarácie slovenského národa", "Centenary of the Slovak Declaration"),
            HolidayRule.fixed(11, 1, "Sviatok Všetkých svätých", "All Saints' Day").from(1993),
            HolidayRule.fixed(11, 17, "Deň boja za slobodu a demokraciu", "Struggle for Freedom and Democracy Day")
                .from(2001).until(2024),
            HolidayRule.fixed(11, 17, "Deň boja za slobodu a demokraciu", "Struggle for Freedom and Democracy Day")
                .until(1992),
            .fixed(12, 24, "Štedrý deň", "Christmas Eve"),
            .fixed(12, 25, "Prvý sviatok vianočný", "Christmas Day"),
            .fixed(12, 26, "Druhý sviatok vianočný", "St Stephen's Day"),
        ])
}

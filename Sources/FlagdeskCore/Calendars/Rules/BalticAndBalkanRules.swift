/// Bulgaria, Croatia, Estonia, Latvia, Lithuania, Romania, Slovenia.
enum BalticAndBalkanRules {
    static let all = [bulgaria, croatia, estonia, latvia, lithuania, romania, slovenia]

    /// Labour Code (Кодекс на труда) art. 154, Orthodox Easter. Good Friday and Holy Saturday from
    /// 2010 (ДВ 15/2010); since 2017 (ДВ 105/2016) a fixed holiday on a Saturday or Sunday gives
    /// the next working day off. The Day of the National Awakeners (1 November) is a school
    /// holiday only. Days off moved by Council of Ministers decision: `DecreedDays.bulgaria`.
    static let bulgaria: CalendarDefinition = {
        let substitute = Substitution(
            .nextFreeWeekday, since: 2017, localSuffix: " (почивен ден)", englishSuffix: " (substitute day)")
        return CalendarDefinition(
            code: "BG", name: "Bulgaria",
            rules: [
                HolidayRule.fixed(1, 1, "Нова година", "New Year's Day").substituted(substitute),
                HolidayRule.fixed(3, 3, "Ден на Освобождението на България", "Liberation Day").substituted(substitute),
                HolidayRule.orthodoxEaster(EasterOffset.goodFriday, "Велики петък", "Good Friday").from(2010),
                HolidayRule.orthodoxEaster(EasterOffset.holySaturday, "Велика събота", "Holy Saturday").from(2010),
                .orthodoxEaster(EasterOffset.easterSunday, "Великден", "Easter Sunday"),
                HolidayRule.orthodoxEaster(EasterOffset.easterMonday, "Великден (понеделник)", "Easter Monday")
                    .from(1991),
                HolidayRule.fixed(5, 1, "Ден на труда", "Labour Day").substituted(substitute),
                HolidayRule.fixed(5, 6, "Гергьовден, Ден на храбростта и Българската армия", "St George's Day")
                    .from(1999).substituted(substitute),
                HolidayRule.fixed(
                    5, 24, "Ден на светите братя Кирил и Методий, на българската азбука, просвета и култура",
                    "Bulgarian Education and Culture Day"
                ).substituted(substitute),
                HolidayRule.fixed(9, 6, "Ден на Съединението", "Unification Day").from(1998).substituted(substitute),
                HolidayRule.fixed(9, 9, "Ден на свободата", "Freedom Day").until(1991),
                HolidayRule.fixed(9, 22, "Ден на Независимостта на България", "Independence Day")
                    .from(1998).substituted(substitute),
                HolidayRule.fixed(12, 24, "Бъдни вечер", "Christmas Eve").from(1996).substituted(substitute),
                HolidayRule.fixed(12, 25, "Рождество Христово", "Christmas Day").substituted(substitute),
                HolidayRule.fixed(12, 26, "Рождество Христово (втори ден)", "Second Day of Christmas")
                    .substituted(substitute),
            ],
            decrees: DecreedDays.bulgaria, decreeCoverage: DecreedDays.bulgariaCoverage)
    }()

    /// Zakon o blagdanima, spomendanima i neradnim danima (NN 110/2019 from 2020): Statehood Day
    /// on 30 May again and Remembrance Day (18 November) from 2020; from 2002 to 2019 Statehood Day
    /// was 25 June and 8 October Independence Day. Epiphany was not a holiday in 2002; Corpus
    /// Christi from 2002. Before 1992 the 1992 list is assumed.
    static let croatia = CalendarDefinition(
        code: "HR", name: "Croatia",
        rules: [
            .fixed(1, 1, "Nova godina", "New Year's Day"),
            HolidayRule.fixed(1, 6, "Bogojavljenje ili Sveta tri kralja", "Epiphany").except(2002),
            HolidayRule.easter(EasterOffset.easterSunday, "Uskrs", "Easter Sunday").from(2009),
            .easter(EasterOffset.easterMonday, "Uskrsni ponedjeljak", "Easter Monday"),
            .fixed(5, 1, "Praznik rada", "Labour Day"),
            HolidayRule.fixed(5, 30, "Dan državnosti", "Statehood Day").from(1996).until(2001),
            HolidayRule.fixed(5, 30, "Dan državnosti", "Statehood Day").from(2020),
            HolidayRule.easter(EasterOffset.corpusChristi, "Tijelovo", "Corpus Christi").from(2002),
            .fixed(6, 22, "Dan antifašističke borbe", "Anti-Fascist Struggle Day"),
            HolidayRule.fixed(6, 25, "Dan državnosti", "Statehood Day").from(2002).until(2019),
            .fixed(8, 5, "Dan pobjede i domovinske zahvalnosti i Dan hrvatskih branitelja", "Victory Day"),
            .fixed(8, 15, "Velika Gospa", "Assumption Day"),
            HolidayRule.fixed(10, 8, "Dan neovisnosti", "Independence Day").from(2002).until(2019),
            .fixed(11, 1, "Svi sveti", "All Saints' Day"),
            HolidayRule.fixed(11, 18, "Dan sjećanja na žrtve Domovinskog rata", "Remembrance Day").from(2020),
            .fixed(12, 25, "Božić", "Christmas Day"),
            .fixed(12, 26, "Sveti Stjepan", "St Stephen's Day"),
        ])

    /// Pühade ja tähtpäevade seadus (1998) and its predecessors: Good Friday, Easter and
    /// Pentecost from 1994, Restoration of Independence (20 August) from 1998, Christmas Eve from
    /// 2005. Estonia has no Epiphany holiday.
    static let estonia = CalendarDefinition(
        code: "EE", name: "Estonia",
        rules: [
            .fixed(1, 1, "Uusaasta", "New Year's Day"),
            .fixed(2, 24, "Iseseisvuspäev", "Independence Day"),
            HolidayRule.easter(EasterOffset.goodFriday, "Suur reede", "Good Friday").from(1994),
            HolidayRule.easter(EasterOffset.easterSunday, "Ülestõusmispühade 1. püha", "Easter Sunday").from(1994),
            .fixed(5, 1, "Kevadpüha", "Spring Day"),
            HolidayRule.easter(EasterOffset.whitSunday, "Nelipühade 1. püha", "Whit Sunday").from(1994),
            .fixed(6, 23, "Võidupüha", "Victory Day"),
            .fixed(6, 24, "Jaanipäev", "Midsummer Day"),
            HolidayRule.fixed(8, 20, "Taasiseseisvumispäev", "Day of Restoration of Independence").from(1998),
            HolidayRule.fixed(11, 16, "Taassünnipäev", "Day of Declaration of Sovereignty").until(1993),
            HolidayRule.fixed(12, 24, "Jõululaupäev", "Christmas Eve").from(2005),
            .fixed(12, 25, "Esimene jõulupüha", "Christmas Day"),
            .fixed(12, 26, "Teine jõulupüha", "Second Day of Christmas"),
        ])

    /// Likums "Par svētku, atceres un atzīmējamām dienām" (1990, as amended): Easter Monday from
    /// 1997, Pentecost from 1996, 4 May from 2002, Christmas Eve from 2007; since the 2007
    /// amendment 4 May and 18 November on a weekend give the next Monday off. One-off days by
    /// special law: the Song and Dance Festival (2018, 2023), the Pope's visit (2018), the ice
    /// hockey bronze medal (2023). Cabinet orders moving a working day: `DecreedDays.latvia`.
    static let latvia: CalendarDefinition = {
        let substitute = Substitution(
            .nextFreeWeekday, since: 2007, localSuffix: " (brīvdiena)", englishSuffix: " (substitute day)")
        return CalendarDefinition(
            code: "LV", name: "Latvia",
            rules: [
                .fixed(1, 1, "Jaungada diena", "New Year's Day"),
                .easter(EasterOffset.goodFriday, "Lielā Piektdiena", "Good Friday"),
                .easter(EasterOffset.easterSunday, "Pirmās Lieldienas", "Easter Sunday"),
                HolidayRule.easter(EasterOffset.easterMonday, "Otrās Lieldienas", "Easter Monday").from(1997),
                .fixed(5, 1, "Darba svētki, Latvijas Republikas Satversmes sapulces sasaukšanas diena", "Labour Day"),
                HolidayRule.fixed(
                    5, 4, "Latvijas Republikas Neatkarības atjaunošanas diena", "Restoration of Independence Day"
                ).from(2002).substituted(substitute),
                .nth(2, .sunday, of: 5, "Mātes diena", "Mother's Day"),
                HolidayRule.easter(EasterOffset.whitSunday, "Vasarsvētki", "Whit Sunday").from(1996),
                .fixed(6, 23, "Līgo diena", "Midsummer Eve"),
                .fixed(6, 24, "Jāņu diena", "Midsummer Day"),
                HolidayRule.fixed(11, 18, "Latvijas Republikas proklamēšanas diena", "Proclamation Day")
                    .substituted(substitute),
                HolidayRule.fixed(12, 24, "Ziemassvētku vakars", "Christmas Eve").from(2007),
                .fixed(12, 25, "Pirmie Ziemassvētki", "Christmas Day"),
                .fixed(12, 26, "Otrie Ziemassvētki", "Second Day of Christmas"),
                .fixed(12, 31, "Vecgada diena", "New Year's Eve"),
                .oneOff(2018, 7, 9, "Dziesmu un deju svētku noslēguma diena", "Song and Dance Festival closing day"),
                .oneOff(2018, 9, 24, "Pāvesta Franciska vizītes diena", "Visit of Pope Francis"),
                .oneOff(2023, 5, 29, "Hokeja bronzas medaļas diena", "Ice hockey bronze medal day"),
                .oneOff(2023, 7, 10, "Dziesmu un deju svētku noslēguma diena", "Song and Dance Festival closing day"),
            ],
            decrees: DecreedDays.latvia, decreeCoverage: DecreedDays.latviaCoverage)
    }()

    /// The public holidays of the Darbo kodeksas (Labour Code): St John's Day from 2003, All Souls'
    /// Day from 2020. Mother's and Father's Days are Sundays.
    static let lithuania = CalendarDefinition(
        code: "LT", name: "Lithuania",
        rules: [
            .fixed(1, 1, "Naujųjų metų diena", "New Year's Day"),
            .fixed(2, 16, "Lietuvos valstybės atkūrimo diena", "Day of Restoration of the State of Lithuania"),
            .fixed(3, 11, "Lietuvos nepriklausomybės atkūrimo diena", "Day of Restoration of Independence"),
            .easter(EasterOffset.easterSunday, "Šv. Velykos", "Easter Sunday"),
            .easter(EasterOffset.easterMonday, "Antroji šv. Velykų diena", "Easter Monday"),
            .fixed(5, 1, "Tarptautinė darbo diena", "International Workers' Day"),
            .nth(1, .sunday, of: 5, "Motinos diena", "Mother's Day"),
            .nth(1, .sunday, of: 6, "Tėvo diena", "Father's Day"),
            HolidayRule.fixed(6, 24, "Rasos ir Joninių diena", "St John's Day").from(2003),
            HolidayRule.fixed(7, 6, "Valstybės (Lietuvos karaliaus Mindaugo karūnavimo) diena", "Statehood Day")
                .from(1991),
            .fixed(8, 15, "Žolinė", "Assumption Day"),
            .fixed(11, 1, "Visų Šventųjų diena", "All Saints' Day"),
            HolidayRule.fixed(11, 2, "Mirusiųjų atminimo (Vėlinių) diena", "All Souls' Day").from(2020),
            .fixed(12, 24, "Kūčių diena", "Christmas Eve"),
            .fixed(12, 25, "Šv. Kalėdų pirma diena", "Christmas Day"),
            .fixed(12, 26, "Šv. Kalėdų antra diena", "Second Day of Christmas"),
        ])

    /// Codul muncii art. 139, Orthodox Easter: Pentecost and the Dormition from 2009 (Legea
    /// 202/2008), St Andrew's Day from 2012 (Legea 147/2012), Union Day and Children's Day from 2017
    /// (Legea 176/2016, 220/2016), Good Friday from 2018 (Legea 64/2018), Epiphany and St John from
    /// 2024 (Legea 52/2023). Before 1997 the 1997 list is assumed.
    static let romania = CalendarDefinition(
        code: "RO", name: "Romania",
        rules: [
            .fixed(1, 1, "Anul Nou", "New Year's Day"),
            .fixed(1, 2, "Anul Nou (a doua zi)", "Day after New Year's Day"),
            HolidayRule.fixed(1, 6, "Botezul Domnului - Boboteaza", "Epiphany").from(2024),
            HolidayRule.fixed(1, 7, "Soborul Sfântului Proroc Ioan Botezătorul", "Synaxis of St John the Baptist")
                .from(2024),
            HolidayRule.fixed(1, 24, "Ziua Unirii Principatelor Române", "Union Day").from(2017),
            HolidayRule.orthodoxEaster(EasterOffset.goodFriday, "Vinerea Mare", "Good Friday").from(2018),
            .orthodoxEaster(EasterOffset.easterSunday, "Paștele", "Easter Sunday"),
            .orthodoxEaster(EasterOffset.easterMonday, "A doua zi de Paște", "Easter Monday"),
            .fixed(5, 1, "Ziua Muncii", "Labour Day"),
            HolidayRule.fixed(6, 1, "Ziua Copilului", "Children's Day").from(2017),
            HolidayRule.orthodoxEaster(EasterOffset.whitSunday, "Rusaliile", "Whit Sunday").from(2009),
            HolidayRule.orthodoxEaster(EasterOffset.whitMonday, "A doua zi de Rusalii", "Whit Monday").from(2009),
            HolidayRule.fixed(8, 15, "Adormirea Maicii Domnului", "Dormition of the Mother of God").from(2009),
            HolidayRule.fixed(11, 30, "Sfântul Apostol Andrei", "St Andrew's Day").from(2012),
            .fixed(12, 1, "Ziua Națională a României", "National Day"),
            .fixed(12, 25, "Crăciunul", "Christmas Day"),
            .fixed(12, 26, "A doua zi de Crăciun", "Second Day of Christmas"),
        ])

    /// Zakon o praznikih in dela prostih dnevih v Republiki Sloveniji (1991, as amended): 2 January
    /// was a working day from 2013 to 2016. 14 August 2023 was a one-off Solidarity Day after the
    /// floods. Before 1992 the 1992 list is assumed.
    static let slovenia = CalendarDefinition(
        code: "SI", name: "Slovenia",
        rules: [
            .fixed(1, 1, "Novo leto", "New Year's Day"),
            HolidayRule.fixed(1, 2, "Novo leto (drugi dan)", "New Year's Day (second day)")
                .except(2013, 2014, 2015, 2016),
            .fixed(2, 8, "Prešernov dan", "Prešeren Day"),
            .easter(EasterOffset.easterSunday, "Velikonočna nedelja", "Easter Sunday"),
            .easter(EasterOffset.easterMonday, "Velikonočni ponedeljek", "Easter Monday"),
            .fixed(4, 27, "Dan upora proti okupatorju", "Day of Uprising Against Occupation"),
            .fixed(5, 1, "Praznik dela", "Labour Day"),
            .fixed(5, 2, "Praznik dela (drugi dan)", "Labour Day (second day)"),
            .easter(EasterOffset.whitSunday, "Binkoštna nedelja", "Whit Sunday"),
            .fixed(6, 25, "Dan državnosti", "Statehood Day"),
            .fixed(8, 15, "Marijino vnebovzetje", "Assumption Day"),
            .oneOff(2023, 8, 14, "Dan solidarnosti", "Solidarity Day"),
            .fixed(10, 31, "Dan reformacije", "Reformation Day"),
            .fixed(11, 1, "Dan spomina na mrtve", "Remembrance Day"),
            .fixed(12, 25, "Božič", "Christmas Day"),
            .fixed(12, 26, "Dan samostojnosti in enotnosti", "Independence and Unity Day"),
        ])
}

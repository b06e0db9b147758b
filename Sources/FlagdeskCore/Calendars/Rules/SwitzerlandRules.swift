/// Switzerland: holidays are cantonal (Arbeitsgesetz Art. 20a(1): a canton may treat up to eight
/// days a year like Sundays); the only federal one is the National Day (Federal Constitution
/// Art. 110(3), from 1994). `CH-XX` is a canton's list of public holidays as the Federal Office of
/// Justice publishes it ("Gesetzliche Feiertage und Ruhetage der Kantone", bj.admin.ch), with
/// its days that hold in part of a canton or by custom only left out. `CH` alone is only the days
/// every canton keeps (New Year, Ascension, 1 August, Christmas): a deadline at a Swiss place
/// counts with its canton's calendar.
enum SwitzerlandRules {
    static let all: [CalendarDefinition] =
        [
            CalendarDefinition(
                code: "CH", name: "Switzerland (only the days common to every canton: give a canton, e.g. CH-ZH)",
                rules: common)
        ]
        + cantons.map { canton in
            CalendarDefinition(
                code: "CH-" + canton.code, name: "Switzerland: " + canton.name, rules: common + canton.rules)
        }

    static let common: [HolidayRule] = [
        .fixed(1, 1, "Neujahrstag", "New Year's Day"),
        .easter(EasterOffset.ascension, "Auffahrt", "Ascension Day"),
        HolidayRule.fixed(8, 1, "Bundesfeiertag", "Swiss National Day").from(1994),
        .fixed(12, 25, "Weihnachtstag", "Christmas Day"),
    ]

    static let berchtold = HolidayRule.fixed(1, 2, "Berchtoldstag", "St Berchtold's Day")
    static let epiphany = HolidayRule.fixed(1, 6, "Heilige Drei Könige", "Epiphany")
    static let joseph = HolidayRule.fixed(3, 19, "Josefstag", "St Joseph's Day")
    static let goodFriday = HolidayRule.easter(EasterOffset.goodFriday, "Karfreitag", "Good Friday")
    static let easterMonday = HolidayRule.easter(EasterOffset.easterMonday, "Ostermontag", "Easter Monday")
    static let labour = HolidayRule.fixed(5, 1, "Tag der Arbeit", "Labour Day")
    static let whitMonday = HolidayRule.easter(EasterOffset.whitMonday, "Pfingstmontag", "Whit Monday")
    static let corpusChristi = HolidayRule.easter(EasterOffset.corpusChristi, "Fronleichnam", "Corpus Christi")
    static let assumption = HolidayRule.fixed(8, 15, "Mariä Himmelfahrt", "Assumption Day")
    static let allSaints = HolidayRule.fixed(11, 1, "Allerheiligen", "All Saints' Day")
    static let immaculate = HolidayRule.fixed(12, 8, "Mariä Empfängnis", "Immaculate Conception")
    static let stephen = HolidayRule.fixed(12, 26, "Stephanstag", "St Stephen's Day")

    struct Canton {
        let code: String
        let name: String
        let rules: [HolidayRule]
    }

    /// AR, AI, UR keep St Stephen's Day except when it falls on a Tuesday or a Saturday (the day
    /// after a Monday or Friday Christmas is not added); NE keeps 2 January and 26 December only
    /// when they fall on a Monday (New Year or Christmas on a Sunday).
    static let cantons: [Canton] = [
        Canton(
            code: "AG", name: "Aargau",
            rules: [
                berchtold, goodFriday, easterMonday, labour, whitMonday, corpusChristi, assumption, allSaints,
                immaculate, stephen,
            ]),
        Canton(
            code: "AI", name: "Appenzell Innerrhoden",
            rules: [
                goodFriday, easterMonday, whitMonday, corpusChristi, assumption, allSaints, immaculate,
                stephen.notOn(.tuesday, .saturday),
            ]),
        Canton(
            code: "AR", name: "Appenzell Ausserrhoden",
            rules: [goodFriday, easterMonday, whitMonday, stephen.notOn(.tuesday, .saturday)]),
        Canton(code: "BE", name: "Bern", rules: [berchtold, goodFriday, easterMonday, whitMonday, stephen]),
        Canton(code: "BL", name: "Basel-Landschaft", rules: [goodFriday, easterMonday, labour, whitMonday, stephen]),
        Canton(code: "BS", name: "Basel-Stadt", rules: [goodFriday, easterMonday, labour, whitMonday, stephen]),
        // Fribourg: 2 January, Easter Monday, Whit Monday and 26 December are optional days there.
        Canton(code: "FR", name: "Fribourg", rules: [goodFriday]),
        Canton(
            code: "GE", name: "Geneva",
            rules: [
                goodFriday, easterMonday, whitMonday,
                // Jeûne genevois: the Thursday after the first Sunday of September.
                HolidayRule(
                    "Jeûne genevois", "Geneva Fast",
                    .custom { year in
                        DateRule.nthWeekday(n: 1, weekday: .sunday, month: 9).date(in: year).adding(days: 4)
                    }),
                .fixed(12, 31, "Restauration de la République", "Restoration of the Republic"),
            ]),
        Canton(
            code: "GL", name: "Glarus",
            rules: [
                // Näfelser Fahrt: the first Thursday of April, a week later when that is Maundy Thursday.
                HolidayRule(
                    "Näfelser Fahrt", "Näfels Pilgrimage",
                    .custom { year in
                        let first = DateRule.nthWeekday(n: 1, weekday: .thursday, month: 4).date(in: year)
                        let maundy = Easter.western(year).adding(days: EasterOffset.maundyThursday)
                        return first == maundy ? first.adding(days: 7) : first
                    }),
                goodFriday, easterMonday, whitMonday, allSaints, stephen,
            ]),
        // Graubünden: Good Friday is an optional day there.
        Canton(code: "GR", name: "Graubünden", rules: [easterMonday, whitMonday, stephen]),
        Canton(
            code: "JU", name: "Jura",
            rules: [
                berchtold, goodFriday, easterMonday, labour, whitMonday, corpusChristi,
                .fixed(6, 23, "Fête de l'Indépendance", "Jura Independence Day"), assumption, allSaints,
            ]),
        Canton(
            code: "LU", name: "Lucerne",
            rules: [
                berchtold, goodFriday, easterMonday, whitMonday, corpusChristi, assumption, allSaints, immaculate,
                stephen,
            ]),
        Canton(
            code: "NE", name: "Neuchâtel",
            rules: [
                berchtold.onlyOn(.monday), .fixed(3, 1, "Instauration de la République", "Republic Day"), goodFriday,
                labour, corpusChristi, stephen.onlyOn(.monday),
            ]),
        Canton(
            code: "NW", name: "Nidwalden",
            rules: [joseph, goodFriday, corpusChristi, assumption, allSaints, immaculate]),
        Canton(
            code: "OW", name: "Obwalden",
            rules: [
                goodFriday, corpusChristi, assumption, .fixed(9, 25, "Bruder Klaus", "St Nicholas of Flüe"),
                allSaints, immaculate,
            ]),
        Canton(code: "SG", name: "St. Gallen", rules: [goodFriday, easterMonday, whitMonday, allSaints, stephen]),
        Canton(code: "SH", name: "Schaffhausen", rules: [goodFriday, easterMonday, labour, whitMonday, stephen]),
        // Solothurn: 1 May is a half day, 2 January optional.
        Canton(code: "SO", name: "Solothurn", rules: [goodFriday]),
        Canton(
            code: "SZ", name: "Schwyz",
            rules: [
                epiphany, joseph, goodFriday, easterMonday, whitMonday, corpusChristi, assumption, allSaints,
                immaculate, stephen,
            ]),
        Canton(
            code: "TG", name: "Thurgau", rules: [berchtold, labour, goodFriday, easterMonday, whitMonday, stephen]),
        Canton(
            code: "TI", name: "Ticino",
            rules: [
                epiphany, joseph, easterMonday, labour, whitMonday, corpusChristi,
                .fixed(6, 29, "Santi Pietro e Paolo", "Saints Peter and Paul"), assumption, allSaints, immaculate,
                stephen,
            ]),
        Canton(
            code: "UR", name: "Uri",
            rules: [
                epiphany, joseph, goodFriday, easterMonday, whitMonday, corpusChristi, assumption, allSaints,
                immaculate, stephen.notOn(.tuesday, .saturday),
            ]),
        Canton(
            code: "VD", name: "Vaud",
            rules: [
                berchtold, goodFriday, easterMonday, whitMonday,
                // Lundi du Jeûne: the Monday after the third Sunday of September.
                HolidayRule(
                    "Lundi du Jeûne", "Federal Fast Monday",
                    .custom { year in
                        DateRule.nthWeekday(n: 3, weekday: .sunday, month: 9).date(in: year).adding(days: 1)
                    }),
            ]),
        // Valais: 2 January, Easter Monday, Whit Monday and 26 December are optional days there.
        Canton(code: "VS", name: "Valais", rules: [joseph, corpusChristi, assumption, allSaints, immaculate]),
        Canton(code: "ZG", name: "Zug", rules: [goodFriday, corpusChristi, assumption, allSaints, immaculate]),
        Canton(code: "ZH", name: "Zurich", rules: [goodFriday, easterMonday, labour, whitMonday, stephen]),
    ]
}

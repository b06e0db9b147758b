/// Germany: `DE` is the nationwide holidays; `DE-XX` adds the holidays of a Land's Feiertagsgesetz.
/// Federal law sets only German Unity Day (Einigungsvertrag Art. 2(2)); every Land's law lists the
/// nationwide set too.
enum GermanyRules {
    static let all: [CalendarDefinition] =
        [CalendarDefinition(code: "DE", name: "Germany (nationwide holidays)", rules: nationwide)]
        + lands.map { land in
            CalendarDefinition(code: "DE-" + land.code, name: "Germany: " + land.name, rules: nationwide + land.rules)
        }

    static let nationwide: [HolidayRule] = [
        .fixed(1, 1, "Neujahr", "New Year's Day"),
        .easter(EasterOffset.goodFriday, "Karfreitag", "Good Friday"),
        .easter(EasterOffset.easterMonday, "Ostermontag", "Easter Monday"),
        .fixed(5, 1, "Tag der Arbeit", "Labour Day"),
        .easter(EasterOffset.ascension, "Christi Himmelfahrt", "Ascension Day"),
        .easter(EasterOffset.whitMonday, "Pfingstmontag", "Whit Monday"),
        .fixed(10, 3, "Tag der Deutschen Einheit", "German Unity Day"),
        // The 500th anniversary of the Reformation: a holiday in every Land in 2017 only.
        .oneOff(2017, 10, 31, "Reformationstag", "Reformation Day"),
        // Nationwide until 1994; dropped from 1995 to fund long-term care insurance (except Saxony).
        repentanceDay.until(1994),
        .fixed(12, 25, "1. Weihnachtstag", "Christmas Day"),
        .fixed(12, 26, "2. Weihnachtstag", "Second Day of Christmas"),
    ]

    /// Buß- und Bettag: the Wednesday before 23 November.
    static let repentanceDay = HolidayRule.first(
        .wednesday, onOrAfter: 11, 16, "Buß- und Bettag", "Day of Repentance and Prayer")
    static let epiphany = HolidayRule.fixed(1, 6, "Heilige Drei Könige", "Epiphany")
    static let womensDay = HolidayRule.fixed(3, 8, "Internationaler Frauentag", "International Women's Day")
    static let corpusChristi = HolidayRule.easter(EasterOffset.corpusChristi, "Fronleichnam", "Corpus Christi")
    static let assumption = HolidayRule.fixed(8, 15, "Mariä Himmelfahrt", "Assumption Day")
    static let reformationDay = HolidayRule.fixed(10, 31, "Reformationstag", "Reformation Day")
    static let allSaints = HolidayRule.fixed(11, 1, "Allerheiligen", "All Saints' Day")

    struct Land {
        let code: String
        let name: String
        let rules: [HolidayRule]
    }

    static let lands: [Land] = [
        // Feiertagsgesetz Baden-Württemberg § 1.
        Land(code: "BW", name: "Baden-Württemberg", rules: [epiphany, corpusChristi, allSaints]),
        // Bayerisches Feiertagsgesetz Art. 1. Assumption Day is a holiday only in municipalities with
        // a mainly Catholic population; that is most of them (about 1,700 of 2,056, Munich among
        // them), so it is in; for a seat in a mainly Protestant municipality (e.g. Nuremberg)
        // subtract it with a closure calendar of your own.
        Land(code: "BY", name: "Bavaria", rules: [epiphany, corpusChristi, assumption, allSaints]),
        // Berliner Feiertagsgesetz § 1: Women's Day from 2019; one-off 8 May in 2020 and 2025 (75th
        // and 80th anniversaries of the end of the Second World War).
        Land(
            code: "BE", name: "Berlin",
            rules: [
                womensDay.from(2019),
                .oneOff(2020, 5, 8, "Tag der Befreiung", "Liberation Day"),
                .oneOff(2025, 5, 8, "Tag der Befreiung", "Liberation Day"),
            ]),
        // Feiertagsgesetz Brandenburg § 2: Easter Sunday and Whit Sunday are named holidays too.
        Land(
            code: "BB", name: "Brandenburg",
            rules: [
                .easter(EasterOffset.easterSunday, "Ostersonntag", "Easter Sunday"),
                .easter(EasterOffset.whitSunday, "Pfingstsonntag", "Whit Sunday"),
                reformationDay,
            ]),
        // The northern Länder added Reformation Day from 2018.
        Land(code: "HB", name: "Bremen", rules: [reformationDay.from(2018)]),
        Land(code: "HH", name: "Hamburg", rules: [reformationDay.from(2018)]),
        // Hessisches Feiertagsgesetz § 1 (it also names Easter Sunday and Whit Sunday, both Sundays).
        Land(code: "HE", name: "Hesse", rules: [corpusChristi]),
        // Feiertagsgesetz Mecklenburg-Vorpommern § 2: Women's Day from 2023.
        Land(code: "MV", name: "Mecklenburg-Western Pomerania", rules: [womensDay.from(2023), reformationDay]),
        Land(code: "NI", name: "Lower Saxony", rules: [reformationDay.from(2018)]),
        Land(code: "NW", name: "North Rhine-Westphalia", rules: [corpusChristi, allSaints]),
        Land(code: "RP", name: "Rhineland-Palatinate", rules: [corpusChristi, allSaints]),
        Land(code: "SL", name: "Saarland", rules: [corpusChristi, assumption, allSaints]),
        // Sächsisches Sonn- und Feiertagsgesetz § 1: the only Land keeping Repentance Day after 1994.
        // Corpus Christi is a holiday only in some Catholic Sorbian municipalities: left out.
        Land(code: "SN", name: "Saxony", rules: [reformationDay, repentanceDay.from(1995)]),
        Land(code: "ST", name: "Saxony-Anhalt", rules: [epiphany, reformationDay]),
        Land(code: "SH", name: "Schleswig-Holstein", rules: [reformationDay.from(2018)]),
        // Thüringer Feiertagsgesetz § 2: World Children's Day from 2019. Corpus Christi only in some
        // Eichsfeld municipalities: left out.
        Land(
            code: "TH", name: "Thuringia",
            rules: [
                HolidayRule.fixed(9, 20, "Weltkindertag", "World Children's Day").from(2019),
                reformationDay,
            ]),
    ]
}

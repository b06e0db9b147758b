/// Cyprus, Greece, Italy, Malta, Portugal, Spain.
enum SouthernEuropeRules {
    static let all = [cyprus, greece, italy, malta, portugal, spain]

    /// The public holidays the Government of Cyprus (Press and Information Office) publishes;
    /// Easter follows the Orthodox computus. Independence Day (1 October) is listed from 1979.
    static let cyprus = CalendarDefinition(
        code: "CY", name: "Cyprus",
        rules: [
            .fixed(1, 1, "Πρωτοχρονιά", "New Year's Day"),
            .fixed(1, 6, "Θεοφάνεια", "Epiphany"),
            .orthodoxEaster(EasterOffset.cleanMonday, "Καθαρά Δευτέρα", "Green Monday"),
            .fixed(3, 25, "Ημέρα της Ελληνικής Ανεξαρτησίας", "Greek Independence Day"),
            .fixed(4, 1, "Εθνική Ημέρα Κύπρου", "Cyprus National Day"),
            .orthodoxEaster(EasterOffset.goodFriday, "Μεγάλη Παρασκευή", "Good Friday"),
            .orthodoxEaster(EasterOffset.easterSunday, "Κυριακή του Πάσχα", "Easter Sunday"),
            .orthodoxEaster(EasterOffset.easterMonday, "Δευτέρα του Πάσχα", "Easter Monday"),
            .fixed(5, 1, "Πρωτομαγιά", "Labour Day"),
            .orthodoxEaster(EasterOffset.whitMonday, "Δευτέρα του Αγίου Πνεύματος (Κατακλυσμός)", "Whit Monday"),
            .fixed(8, 15, "Κοίμηση της Θεοτόκου", "Assumption Day"),
            .fixed(10, 1, "Ημέρα της Κυπριακής Ανεξαρτησίας", "Cyprus Independence Day"),
            .fixed(10, 28, "Ημέρα του Όχι", "Ochi Day"),
            .fixed(12, 25, "Χριστούγεννα", "Christmas Day"),
            .fixed(12, 26, "Επομένη Χριστουγέννων", "Day after Christmas"),
        ])

    /// The national public holidays of Greek labour law (the labour ministry's yearly circular),
    /// Orthodox Easter. Labour Day is moved by ministerial decision when it falls in Holy Week or on
    /// Easter: to 7 May in 2013 and 2024; since 2016, a 1 May on a weekend or on another holiday
    /// moves to the next free weekday (2016: 3 May; 2021: 4 May; 2022: 2 May).
    static let greece: CalendarDefinition = {
        let labourDayMove = Substitution(
            .nextFreeWeekday, since: 2016, alsoWhenOnAnotherHoliday: true,
            localSuffix: " (μεταφορά)", englishSuffix: " (moved)")
        return CalendarDefinition(
            code: "GR", name: "Greece",
            rules: [
                .fixed(1, 1, "Πρωτοχρονιά", "New Year's Day"),
                .fixed(1, 6, "Θεοφάνεια", "Epiphany"),
                .orthodoxEaster(EasterOffset.cleanMonday, "Καθαρά Δευτέρα", "Clean Monday"),
                .fixed(3, 25, "Εικοστή Πέμπτη Μαρτίου", "Independence Day"),
                .orthodoxEaster(EasterOffset.goodFriday, "Μεγάλη Παρασκευή", "Good Friday"),
                .orthodoxEaster(EasterOffset.easterSunday, "Κυριακή του Πάσχα", "Easter Sunday"),
                .orthodoxEaster(EasterOffset.easterMonday, "Δευτέρα του Πάσχα", "Easter Monday"),
                HolidayRule.fixed(5, 1, "Εργατική Πρωτομαγιά", "Labour Day")
                    .moved(in: 2013, to: 5, 7).moved(in: 2024, to: 5, 7).substituted(labourDayMove),
                .orthodoxEaster(EasterOffset.whitMonday, "Δευτέρα του Αγίου Πνεύματος", "Whit Monday"),
                .fixed(8, 15, "Κοίμηση της Θεοτόκου", "Assumption Day"),
                .fixed(10, 28, "Ημέρα του Όχι", "Ochi Day"),
                .fixed(12, 25, "Χριστούγεννα", "Christmas Day"),
                .fixed(12, 26, "Σύναξη της Υπεραγίας Θεοτόκου", "Synaxis of the Mother of God"),
            ])
    }()

    /// Legge 260/1949 as amended: Epiphany restored from 1986 (DPR 792/1985); Republic Day on the
    /// first Sunday of June from 1977 to 2000 and on 2 June again from 2001 (Legge 336/2000);
    /// St Francis of Assisi (4 October) from 2026 (Legge 151/2025). 17 March 2011, the 150th
    /// anniversary of unification, was a one-off national holiday. Patron saints' days are local.
    static let italy = CalendarDefinition(
        code: "IT", name: "Italy",
        rules: [
            .fixed(1, 1, "Capodanno", "New Year's Day"),
            .fixed(1, 6, "Epifania", "Epiphany"),
            .oneOff(2011, 3, 17, "Anniversario dell'Unità d'Italia", "150th Anniversary of Italian Unification"),
            .easter(EasterOffset.easterSunday, "Pasqua", "Easter Sunday"),
            .easter(EasterOffset.easterMonday, "Lunedì dell'Angelo", "Easter Monday"),
            .fixed(4, 25, "Festa della Liberazione", "Liberation Day"),
            .fixed(5, 1, "Festa del Lavoro", "Labour Day"),
            HolidayRule.nth(1, .sunday, of: 6, "Festa della Repubblica", "Republic Day").until(2000),
            HolidayRule.fixed(6, 2, "Festa della Repubblica", "Republic Day").from(2001),
            .fixed(8, 15, "Ferragosto", "Assumption Day"),
            HolidayRule.fixed(10, 4, "San Francesco d'Assisi", "St Francis of Assisi").from(2026),
            .fixed(11, 1, "Ognissanti", "All Saints' Day"),
            .fixed(12, 8, "Immacolata Concezione", "Immaculate Conception"),
            .fixed(12, 25, "Natale", "Christmas Day"),
            .fixed(12, 26, "Santo Stefano", "St Stephen's Day"),
        ])

    /// National Holidays and Other Public Holidays Act (Cap. 252); the full set of fourteen since
    /// Act VIII of 1989. A holiday on a weekend earns workers a day of leave, not a substitute
    /// public holiday.
    static let malta = CalendarDefinition(
        code: "MT", name: "Malta",
        rules: [
            .fixed(1, 1, "L-Ewwel tas-Sena", "New Year's Day"),
            .fixed(2, 10, "In-Nawfraġju ta' San Pawl", "Feast of St Paul's Shipwreck"),
            .fixed(3, 19, "San Ġużepp", "Feast of St Joseph"),
            .fixed(3, 31, "Jum il-Ħelsien", "Freedom Day"),
            .easter(EasterOffset.goodFriday, "Il-Ġimgħa l-Kbira", "Good Friday"),
            .fixed(5, 1, "Jum il-Ħaddiem", "Workers' Day"),
            .fixed(6, 7, "Sette Giugno", "Sette Giugno"),
            .fixed(6, 29, "L-Imnarja", "Feast of St Peter and St Paul"),
            .fixed(8, 15, "Santa Marija", "Feast of the Assumption"),
            .fixed(9, 8, "Jum il-Vitorja", "Victory Day"),
            .fixed(9, 21, "Jum l-Indipendenza", "Independence Day"),
            .fixed(12, 8, "L-Immakulata Kunċizzjoni", "Feast of the Immaculate Conception"),
            .fixed(12, 13, "Jum ir-Repubblika", "Republic Day"),
            .fixed(12, 25, "Il-Milied", "Christmas Day"),
        ])

    /// Código do Trabalho art. 234. Corpus Christi, 5 October, 1 November and 1 December were
    /// suspended from 2013 to 2015 (Lei 23/2012) and restored from 2016 (Lei 8/2016). Carnival is
    /// optional; municipal holidays are local.
    static let portugal = CalendarDefinition(
        code: "PT", name: "Portugal",
        rules: [
            .fixed(1, 1, "Ano Novo", "New Year's Day"),
            .easter(EasterOffset.goodFriday, "Sexta-feira Santa", "Good Friday"),
            .easter(EasterOffset.easterSunday, "Páscoa", "Easter Sunday"),
            .fixed(4, 25, "Dia da Liberdade", "Freedom Day"),
            .fixed(5, 1, "Dia do Trabalhador", "Labour Day"),
            HolidayRule.easter(EasterOffset.corpusChristi, "Corpo de Deus", "Corpus Christi").except(2013, 2014, 2015),
            .fixed(6, 10, "Dia de Portugal, de Camões e das Comunidades Portuguesas", "Portugal Day"),
            .fixed(8, 15, "Assunção de Nossa Senhora", "Assumption Day"),
            HolidayRule.fixed(10, 5, "Implantação da República", "Republic Day").except(2013, 2014, 2015),
            HolidayRule.fixed(11, 1, "Dia de Todos os Santos", "All Saints' Day").except(2013, 2014, 2015),
            HolidayRule.fixed(12, 1, "Restauração da Independência", "Restoration of Independence")
                .except(2013, 2014, 2015),
            .fixed(12, 8, "Imaculada Conceição", "Immaculate Conception"),
            .fixed(12, 25, "Natal", "Christmas Day"),
        ])

    /// Estatuto de los Trabajadores art. 37.2 and Real Decreto 2001/1983 art. 45: the national
    /// holidays kept in every autonomous community (the BOE's yearly list). Maundy Thursday, Easter
    /// Monday, 19 March, 25 July and the Monday after a national holiday on a Sunday vary by
    /// community and are left out.
    static let spain = CalendarDefinition(
        code: "ES", name: "Spain",
        rules: [
            .fixed(1, 1, "Año Nuevo", "New Year's Day"),
            .fixed(1, 6, "Epifanía del Señor", "Epiphany"),
            .easter(EasterOffset.goodFriday, "Viernes Santo", "Good Friday"),
            .fixed(5, 1, "Fiesta del Trabajo", "Labour Day"),
            .fixed(8, 15, "Asunción de la Virgen", "Assumption Day"),
            .fixed(10, 12, "Fiesta Nacional de España", "National Day"),
            .fixed(11, 1, "Todos los Santos", "All Saints' Day"),
            .fixed(12, 6, "Día de la Constitución Española", "Constitution Day"),
            .fixed(12, 8, "Inmaculada Concepción", "Immaculate Conception"),
            .fixed(12, 25, "Natividad del Señor", "Christmas Day"),
        ])
}

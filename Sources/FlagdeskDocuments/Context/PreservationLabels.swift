import FlagdeskCore

/// What a draft EPOC-PR prints for its data categories, identifier types and the sections left to
/// the issuing authority, in the letter's language (issue #16 defect 12: a French request printed
/// "subscriber" and "Section A: issuing State..." in English). One table per language.
///
/// The categories are named as Regulation (EU) 2023/1543 Art. 3(9)-(12) names them in each
/// language version (fr "données relatives aux abonnés", de "Teilnehmerdaten", ...), each line
/// citing its point, so the authority reads the category by the Regulation's definition whatever
/// the wording. Source status [KNOWLEDGE]: the wording of the fr, de, es, it and nl versions as
/// recalled; the EUR-Lex texts of Art. 3(9)-(12) were not retrieved when this table was written
/// (REFERENCE §4.3 has the English definitions from knowledge too). Each translated template says
/// in a comment which label is the official English one. Identifier types and section labels are
/// descriptions, not statutory terms; the section labels follow the Annex II headings as the
/// templates word them.
enum PreservationLabels {
    struct Labels {
        /// Per category: its name and the article that defines it.
        let categories: [DataCategory: (label: String, article: String)]
        let identifiers: [TargetIdentifier.Kind: String]
        /// Per section key of `PreservationContent.sectionsForIssuingAuthority`: label and source.
        let sections: [String: (label: String, source: String)]
    }

    /// The labels of `language`; English for a language without its own table (a template of
    /// one's own in a seventh language).
    static func labels(_ language: String) -> Labels { table[language] ?? english }

    static let languages = ["en", "fr", "de", "es", "it", "nl"]

    private static let table: [String: Labels] = [
        "en": english, "fr": french, "de": german, "es": spanish, "it": italian, "nl": dutch,
    ]

    /// English: the Regulation's own terms; the sections as `PreservationContent` states them.
    static let english = Labels(
        categories: categories(
            [
                "subscriber data", "data requested for the sole purpose of identifying the user", "traffic data",
                "content data",
            ], article: { DataCategory.allCases[$0].article }),
        identifiers: identifiers([
            "URL", "account name", "user ID", "e-mail address", "telephone number", "IP address", "other identifier",
        ]),
        sections: Dictionary(
            uniqueKeysWithValues: PreservationContent.sectionsForIssuingAuthority.map {
                ($0.key, (label: $0.label, source: $0.source))
            }))

    static let french = Labels(
        categories: categories(
            [
                "données relatives aux abonnés", "données demandées aux seules fins d'identifier l'utilisateur",
                "données relatives au trafic", "données relatives au contenu",
            ], article: { "règlement (UE) 2023/1543, article 3, point \($0 + 9))" }),
        identifiers: identifiers([
            "URL", "nom de compte", "identifiant d'utilisateur", "adresse électronique", "numéro de téléphone",
            "adresse IP", "autre identifiant",
        ]),
        sections: [
            "A": (
                "Section A : État d'émission, autorité d'émission et autorité de validation, leurs numéros de dossier",
                "règlement (UE) 2023/1543, annexe II, section A ; article 6, paragraphe 4, point a)"
            ),
            "F": (
                "Section F : coordonnées de l'autorité d'émission",
                "règlement (UE) 2023/1543, annexe II, section F ; article 4, paragraphe 3"
            ),
            "G": (
                "Section G : coordonnées de l'autorité de validation, le cas échéant",
                "règlement (UE) 2023/1543, annexe II, section G ; article 4, paragraphe 3, point b)"
            ),
            "signature": ("Signature, date et cachet de l'autorité d'émission", "règlement (UE) 2023/1543, annexe II"),
        ])

    static let german = Labels(
        categories: categories(
            [
                "Teilnehmerdaten", "Daten, die nur zum Zweck der Identifizierung des Nutzers angefordert werden",
                "Verkehrsdaten", "Inhaltsdaten",
            ], article: { "Verordnung (EU) 2023/1543, Artikel 3 Nummer \($0 + 9)" }),
        identifiers: identifiers([
            "URL", "Kontoname", "Nutzerkennung", "E-Mail-Adresse", "Telefonnummer", "IP-Adresse", "sonstige Kennung",
        ]),
        sections: [
            "A": (
                "Abschnitt A: Anordnungsstaat, Anordnungsbehörde und Validierungsbehörde, ihre Aktenzeichen",
                "Verordnung (EU) 2023/1543, Anhang II Abschnitt A; Artikel 6 Absatz 4 Buchstabe a"
            ),
            "F": (
                "Abschnitt F: Angaben zur Anordnungsbehörde",
                "Verordnung (EU) 2023/1543, Anhang II Abschnitt F; Artikel 4 Absatz 3"
            ),
            "G": (
                "Abschnitt G: Angaben zur Validierungsbehörde, falls zutreffend",
                "Verordnung (EU) 2023/1543, Anhang II Abschnitt G; Artikel 4 Absatz 3 Buchstabe b"
            ),
            "signature": (
                "Unterschrift, Datum und Stempel der Anordnungsbehörde", "Verordnung (EU) 2023/1543, Anhang II"
            ),
        ])

    static let spanish = Labels(
        categories: categories(
            [
                "datos de los abonados", "datos solicitados con el único fin de identificar al usuario",
                "datos de tráfico", "datos de contenido",
            ], article: { "Reglamento (UE) 2023/1543, artículo 3, punto \($0 + 9)" }),
        identifiers: identifiers([
            "URL", "nombre de cuenta", "identificador de usuario", "dirección de correo electrónico",
            "número de teléfono", "dirección IP", "otro identificador",
        ]),
        sections: [
            "A": (
                "Sección A: Estado emisor, autoridad emisora y autoridad de validación, sus números de expediente",
                "Reglamento (UE) 2023/1543, anexo II, sección A; artículo 6, apartado 4, letra a)"
            ),
            "F": (
                "Sección F: datos de la autoridad emisora",
                "Reglamento (UE) 2023/1543, anexo II, sección F; artículo 4, apartado 3"
            ),
            "G": (
                "Sección G: datos de la autoridad de validación, en su caso",
                "Reglamento (UE) 2023/1543, anexo II, sección G; artículo 4, apartado 3, letra b)"
            ),
            "signature": ("Firma, fecha y sello de la autoridad emisora", "Reglamento (UE) 2023/1543, anexo II"),
        ])

    static let italian = Labels(
        categories: categories(
            [
                "dati relativi agli abbonati", "dati richiesti al solo scopo di identificare l'utente",
                "dati sul traffico", "dati relativi al contenuto",
            ], article: { "regolamento (UE) 2023/1543, articolo 3, punto \($0 + 9))" }),
        identifiers: identifiers([
            "URL", "nome dell'account", "identificativo utente", "indirizzo di posta elettronica", "numero di telefono",
            "indirizzo IP", "altro identificativo",
        ]),
        sections: [
            "A": (
                "Sezione A: Stato di emissione, autorità di emissione e autorità di convalida, i loro numeri di fascicolo",
                "regolamento (UE) 2023/1543, allegato II, sezione A; articolo 6, paragrafo 4, lettera a)"
            ),
            "F": (
                "Sezione F: dati dell'autorità di emissione",
                "regolamento (UE) 2023/1543, allegato II, sezione F; articolo 4, paragrafo 3"
            ),
            "G": (
                "Sezione G: dati dell'autorità di convalida, se del caso",
                "regolamento (UE) 2023/1543, allegato II, sezione G; articolo 4, paragrafo 3, lettera b)"
            ),
            "signature": ("Firma, data e timbro dell'autorità di emissione", "regolamento (UE) 2023/1543, allegato II"),
        ])

    static let dutch = Labels(
        categories: categories(
            [
                "abonneegegevens", "gegevens die uitsluitend worden opgevraagd om de gebruiker te identificeren",
                "verkeersgegevens", "inhoudsgegevens",
            ], article: { "Verordening (EU) 2023/1543, artikel 3, punt \($0 + 9))" }),
        identifiers: identifiers([
            "URL", "accountnaam", "gebruikers-ID", "e-mailadres", "telefoonnummer", "IP-adres", "andere identificator",
        ]),
        sections: [
            "A": (
                "Onderdeel A: uitvaardigende staat, uitvaardigende en validerende autoriteit, hun dossiernummers",
                "Verordening (EU) 2023/1543, bijlage II, onderdeel A; artikel 6, lid 4, punt a)"
            ),
            "F": (
                "Onderdeel F: gegevens van de uitvaardigende autoriteit",
                "Verordening (EU) 2023/1543, bijlage II, onderdeel F; artikel 4, lid 3"
            ),
            "G": (
                "Onderdeel G: gegevens van de validerende autoriteit, indien van toepassing",
                "Verordening (EU) 2023/1543, bijlage II, onderdeel G; artikel 4, lid 3, punt b)"
            ),
            "signature": (
                "Handtekening, datum en stempel van de uitvaardigende autoriteit",
                "Verordening (EU) 2023/1543, bijlage II"
            ),
        ])

    /// The four categories in `DataCategory.allCases` order (Art. 3(9), (10), (11), (12)).
    private static func categories(_ labels: [String], article: (Int) -> String)
        -> [DataCategory: (label: String, article: String)]
    {
        precondition(labels.count == DataCategory.allCases.count)
        var result: [DataCategory: (label: String, article: String)] = [:]
        for (index, category) in DataCategory.allCases.enumerated() {
            result[category] = (labels[index], article(index))
        }
        return result
    }

    /// The identifier types in `TargetIdentifier.Kind.allCases` order.
    private static func identifiers(_ labels: [String]) -> [TargetIdentifier.Kind: String] {
        precondition(labels.count == TargetIdentifier.Kind.allCases.count)
        return Dictionary(uniqueKeysWithValues: zip(TargetIdentifier.Kind.allCases, labels))
    }
}

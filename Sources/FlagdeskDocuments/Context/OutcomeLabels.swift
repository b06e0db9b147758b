import FlagdeskCore

/// The recipient's recorded decision in words of the letter's language (issue #16 defect 12: a
/// French Art. 20 complaint said "votre décision (rejected)"). Nouns naming the measure, after
/// the restrictions DSA Art. 17(1) lists; descriptions, not statutory labels.
enum OutcomeLabels {
    /// The label of `outcome` in `language`; English for a language without its own table.
    static func label(_ outcome: DocumentOutcome, language: String) -> String {
        let labels = table[language] ?? table["en"]!
        return labels[DocumentOutcome.allCases.firstIndex(of: outcome)!]
    }

    /// Per language, in `DocumentOutcome.allCases` order: removed, disabled, restricted,
    /// demoted, age-restricted, rejected, partial, no-answer.
    static let table: [String: [String]] = [
        "en": [
            "removal", "disabling of access", "restriction of visibility", "demotion", "age restriction", "rejection",
            "partial action", "no answer",
        ],
        "fr": [
            "suppression", "blocage de l'accès", "restriction de la visibilité", "rétrogradation",
            "restriction selon l'âge", "rejet", "mesure partielle", "absence de réponse",
        ],
        "de": [
            "Entfernung", "Sperrung des Zugangs", "Beschränkung der Sichtbarkeit", "Herabstufung", "Altersbeschränkung",
            "Ablehnung", "Teilmaßnahme", "keine Antwort",
        ],
        "es": [
            "retirada", "inhabilitación del acceso", "restricción de la visibilidad", "relegación",
            "restricción por edad",
            "rechazo", "medida parcial", "sin respuesta",
        ],
        "it": [
            "rimozione", "disabilitazione dell'accesso", "limitazione della visibilità", "retrocessione",
            "limitazione per età", "rigetto", "misura parziale", "nessuna risposta",
        ],
        "nl": [
            "verwijdering", "ontoegankelijk maken", "beperking van de zichtbaarheid", "lagere rangschikking",
            "leeftijdsbeperking", "afwijzing", "gedeeltelijke maatregel", "geen antwoord",
        ],
    ]
}

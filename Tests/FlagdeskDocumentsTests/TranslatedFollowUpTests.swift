import FlagdeskCore
import Foundation
import Testing

@testable import FlagdeskDocuments

/// Issue 16, defect 12: the follow-ups, the preservation request and the TAKE IT DOWN request in
/// fr, de, es, it and nl, each worded after its language's version of the act it rests on (the
/// EUR-Lex language versions' article titles and statutory phrases), with no English left.
@Suite struct TranslatedFollowUpTests {
    /// Phrases of each language version the letter must carry.
    static let wording: [(DocumentKind, String, [String])] = [
        // DSA Art. 20(1), (4), (5): the internal complaint-handling system, reversal, Art. 21.
        (
            .dsaComplaint, "fr",
            [
                "article 20 du règlement (UE) 2022/2065", "système interne de traitement des réclamations",
                "règlement extrajudiciaire des litiges",
            ]
        ),
        (
            .dsaComplaint, "de",
            [
                "Artikel 20 der Verordnung (EU) 2022/2065", "internes Beschwerdemanagementsystem",
                "außergerichtlichen Streitbeilegung",
            ]
        ),
        (
            .dsaComplaint, "es",
            [
                "artículo 20 del Reglamento (UE) 2022/2065", "sistema interno de gestión de reclamaciones",
                "resolución extrajudicial de litigios",
            ]
        ),
        (
            .dsaComplaint, "it",
            [
                "articolo 20 del regolamento (UE) 2022/2065", "sistema interno di gestione dei reclami",
                "risoluzione extragiudiziale delle controversie",
            ]
        ),
        (
            .dsaComplaint, "nl",
            [
                "artikel 20 van Verordening (EU) 2022/2065", "systeem voor klachtenafhandeling",
                "buitengerechtelijke geschillenbeslechting",
            ]
        ),
        // DSA Art. 53: a complaint against a provider of intermediary services to the coordinator.
        (
            .dscComplaint, "fr",
            [
                "article 53 du règlement (UE) 2022/2065", "coordinateur pour les services numériques",
                "fournisseur de services intermédiaires",
            ]
        ),
        (
            .dscComplaint, "de",
            [
                "Artikel 53 der Verordnung (EU) 2022/2065", "Koordinator für digitale Dienste",
                "Anbieter von Vermittlungsdiensten",
            ]
        ),
        (
            .dscComplaint, "es",
            [
                "artículo 53 del Reglamento (UE) 2022/2065", "coordinador de servicios digitales",
                "prestador de servicios intermediarios",
            ]
        ),
        (
            .dscComplaint, "it",
            [
                "articolo 53 del regolamento (UE) 2022/2065", "coordinatore dei servizi digitali",
                "prestatore di servizi intermediari",
            ]
        ),
        (
            .dscComplaint, "nl",
            [
                "artikel 53 van Verordening (EU) 2022/2065", "digitaledienstencoördinator",
                "aanbieder van tussenhandelsdiensten",
            ]
        ),
        // GDPR Arts. 77(1)-(2) and 80(1): supervisory authority, progress and outcome.
        (
            .dpaComplaint, "fr",
            [
                "article 77 du règlement (UE) 2016/679", "autorité de contrôle",
                "l'état d'avancement et de l'issue de la réclamation", "responsable du traitement",
            ]
        ),
        (
            .dpaComplaint, "de",
            [
                "Artikel 77 der Verordnung (EU) 2016/679", "Aufsichtsbehörde",
                "über den Stand und die Ergebnisse der Beschwerde", "Verantwortlichen",
            ]
        ),
        (
            .dpaComplaint, "es",
            [
                "artículo 77 del Reglamento (UE) 2016/679", "autoridad de control",
                "sobre el curso y el resultado de la reclamación", "responsable del tratamiento",
            ]
        ),
        (
            .dpaComplaint, "it",
            [
                "articolo 77 del regolamento (UE) 2016/679", "autorità di controllo",
                "dello stato o dell'esito del reclamo", "titolare del trattamento",
            ]
        ),
        (
            .dpaComplaint, "nl",
            [
                "artikel 77 van Verordening (EU) 2016/679", "toezichthoudende autoriteit",
                "de voortgang en het resultaat van de klacht", "verwerkingsverantwoordelijke",
            ]
        ),
        // Reg. (EU) 2023/1543: the European Preservation Order and its certificate (Annex II),
        // who may issue it (Art. 4(3)), the 60 days from receipt (Art. 11).
        (
            .preservationRequest, "fr",
            [
                "injonction européenne de conservation", "Règlement (UE) 2023/1543",
                "un juge d'instruction ou un procureur", "60 jours après la réception",
            ]
        ),
        (
            .preservationRequest, "de",
            [
                "Europäischen Sicherungsanordnung", "Verordnung (EU) 2023/1543",
                "ein Ermittlungsrichter oder ein Staatsanwalt", "60 Tage nach Erhalt",
            ]
        ),
        (
            .preservationRequest, "es",
            [
                "orden europea de conservación", "Reglamento (UE) 2023/1543",
                "un juez de instrucción o un fiscal", "60 días después de que el destinatario haya recibido",
            ]
        ),
        (
            .preservationRequest, "it",
            [
                "ordine europeo di conservazione", "Regolamento (UE) 2023/1543",
                "un giudice istruttore o un pubblico ministero", "60 giorni dopo il ricevimento",
            ]
        ),
        (
            .preservationRequest, "nl",
            [
                "Europees bewaringsbevel", "Verordening (EU) 2023/1543",
                "een onderzoeksrechter of een officier van justitie", "60 dagen na ontvangst",
            ]
        ),
    ]

    @Test(arguments: 0..<wording.count)
    func carriesTheLanguageVersionsWording(index: Int) throws {
        let (kind, language, phrases) = Self.wording[index]
        let rendered = try Fixtures.renderer.render(Fixtures.request(kind, language: language), format: .txt)
        let text = rendered.subject + "\n" + rendered.text
        for phrase in phrases {
            #expect(text.localizedCaseInsensitiveContains(phrase), "\(kind.rawValue)/\(language) lacks “\(phrase)”")
        }
        for english in ["Please ", "We ask you", "Yours faithfully", "Regulation (EU)", "Our reference"] {
            #expect(!text.contains(english), "\(kind.rawValue)/\(language) still says “\(english)”")
        }
    }

    /// TAKE IT DOWN Act: the request is translated, the statute keeps its English name, and the
    /// identifiable individual's statement of non-consent is in the letter's language (section
    /// 3(a)(1)(B)(iii) of the Act's notice and removal process).
    @Test(arguments: [
        ("fr", "déclare de bonne foi"), ("de", "erklärt in gutem Glauben"), ("es", "declara de buena fe"),
        ("it", "dichiara in buona fede"), ("nl", "verklaart te goeder trouw"),
    ])
    func theTakeItDownRequestIsTranslatedButKeepsTheStatutesName(language: String, statement: String) throws {
        let rendered = try Fixtures.renderer.render(
            Fixtures.request(.takeItDownRequest, language: language), format: .txt)
        #expect(rendered.subject.contains("TAKE IT DOWN Act"))
        #expect(rendered.text.contains("TAKE IT DOWN Act (Pub. L. 119-12"))
        #expect(rendered.text.contains(statement))
        #expect(!rendered.text.contains("states in good faith"))
        #expect(rendered.absentElements.isEmpty, "\(rendered.absentElements)")
    }

    /// The decision an Art. 20 complaint contests (DSA Art. 20(1)) is named in the letter's
    /// language, not by its stored key: a French complaint said "votre décision (rejected)".
    @Test(arguments: ["fr", "de", "es", "it", "nl"])
    func theContestedDecisionIsNamedInTheLettersLanguage(language: String) throws {
        let labels = try #require(OutcomeLabels.table[language])
        #expect(labels.count == DocumentOutcome.allCases.count)
        let rendered = try Fixtures.renderer.render(Fixtures.request(.dsaComplaint, language: language), format: .txt)
        #expect(rendered.text.contains("(\(OutcomeLabels.label(.rejected, language: language)))"), "\(language)")
        #expect(!rendered.text.contains("(rejected)"), "\(language)")
    }
}

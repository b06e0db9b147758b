import FlagdeskCore
import Foundation
import Testing

@testable import FlagdeskDocuments

/// Issue 16, defect 12: letters print the Transparency Database's official labels (DSA Art.
/// 24(5); Implementing Regulation (EU) 2024/2835), never a label made from the key, and a
/// translated letter says that the English label it prints is the official one.
@Suite struct TransparencyLabelTests {
    @Test func theTableHoldsEveryValueTheDatabaseAccepts() {
        let keys = TransparencyLabels.official.keys
        #expect(keys.filter { $0.hasPrefix("SOURCE_") }.count == 4)
        #expect(keys.filter { $0.hasPrefix("STATEMENT_CATEGORY_") }.count == 16)
        #expect(keys.filter { $0.hasPrefix("KEYWORD_") }.count == 69)
        #expect(keys.filter { $0.hasPrefix("CONTENT_TYPE_") }.count == 8)
        #expect(keys.count == 97)
    }

    /// The taxonomy the CLI and the desk show is held to the table, label for label.
    @Test func theTaxonomyLabelsAreTheOfficialOnes() {
        for category in DSACategory.allCases {
            #expect(category.label == TransparencyLabels.label(category.rawValue), "\(category.rawValue)")
        }
        for keyword in DSAKeyword.allCases {
            #expect(keyword.label == TransparencyLabels.label(keyword.rawValue), "\(keyword.rawValue)")
        }
        for type in DSAContentType.allCases {
            #expect(type.label == TransparencyLabels.label(type.rawValue), "\(type.rawValue)")
        }
        for standing in [NoticeStanding.trustedFlagger, .article16] {
            #expect(TransparencyLabels.label(standing.rawValue) != nil, "\(standing.rawValue)")
        }
        #expect(DSACategory.allCases.count + DSAKeyword.allCases.count + DSAContentType.allCases.count == 93)
        #expect(
            TransparencyLabels.label("KEYWORD_VIOLATION_EU_LAW")
                == "Violation of EU law relevant to civic discourse or elections")
        #expect(
            TransparencyLabels.label("STATEMENT_CATEGORY_OTHER_VIOLATION_TC")
                == "Other violation of provider\u{2019}s terms and conditions")
    }

    static func notice(language: String) -> RenderRequest {
        var request = Fixtures.request(.dsaNotice, language: language)
        guard case .dsaNotice(var notice) = request.document.content else { return request }
        notice.keywords = [.violationEuLaw, .humanTrafficking]
        request.document.content = .dsaNotice(notice)
        return request
    }

    @Test(arguments: [
        ("en", "Keyword: Violation of EU law relevant to civic discourse or elections (KEYWORD_VIOLATION_EU_LAW)"),
        (
            "fr",
            "Mot-clé : Violation of EU law relevant to civic discourse or elections (libellé officiel, clé KEYWORD_VIOLATION_EU_LAW)"
        ),
        (
            "de",
            "Schlagwort: Violation of EU law relevant to civic discourse or elections (offizielle Bezeichnung, Schlüssel KEYWORD_VIOLATION_EU_LAW)"
        ),
        (
            "es",
            "Palabra clave: Violation of EU law relevant to civic discourse or elections (etiqueta oficial, clave KEYWORD_VIOLATION_EU_LAW)"
        ),
        (
            "it",
            "Parola chiave: Violation of EU law relevant to civic discourse or elections (etichetta ufficiale, chiave KEYWORD_VIOLATION_EU_LAW)"
        ),
        (
            "nl",
            "Trefwoord: Violation of EU law relevant to civic discourse or elections (officieel label, sleutel KEYWORD_VIOLATION_EU_LAW)"
        ),
    ])
    func aLetterPrintsTheOfficialLabelAndSaysSo(language: String, line: String) throws {
        let text = try Fixtures.renderer.render(Self.notice(language: language), format: .txt).text
        #expect(text.contains(line + "\n"))
        #expect(!text.localizedCaseInsensitiveContains("Violation eu law"))
        #expect(text.contains("Protection of minors"))
    }
}

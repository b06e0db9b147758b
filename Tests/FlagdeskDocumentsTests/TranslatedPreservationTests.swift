import FlagdeskCore
import Foundation
import Testing

@testable import FlagdeskDocuments

/// Issue #16 defect 12: a preservation request (Reg. (EU) 2023/1543, Annex II EPOC-PR) in fr,
/// de, es, it or nl names the data categories of Art. 3(9)-(12), the identifier types and the
/// sections left to the issuing authority in its own language, never in English.
@Suite struct TranslatedPreservationTests {
    /// A request with every category and every identifier type, its own text free of English
    /// labels (the user's words are not the template's).
    static func request(_ language: String) -> RenderRequest {
        var request = Fixtures.request(.preservationRequest, language: language)
        guard case .preservationRequest(var order) = request.document.content else { return request }
        order.dataCategories = DataCategory.allCases
        order.targets = TargetIdentifier.Kind.allCases.enumerated().map { TargetIdentifier(kind: $1, value: "T\($0)") }
        order.facts = "Facts."
        order.grounds = "Grounds."
        request.document.content = .preservationRequest(order)
        return request
    }

    static let english = PreservationLabels.english

    /// The English words the letter printed before: labels, the keys used as labels, sources.
    static var englishWords: [String] {
        english.categories.values.map(\.label) + english.categories.values.map(\.article)
            + english.identifiers.values.filter { $0 != "URL" }
            + english.sections.values.flatMap { [$0.label, $0.source] }
            + TargetIdentifier.Kind.allCases.map { "- \($0.rawValue) " }
            + DataCategory.allCases.map { "- \($0.rawValue) (" }
    }

    /// Reg. (EU) 2023/1543 Art. 3(9)-(12) as the French version names the categories.
    @Test("a French preservation request carries no English category label (Reg. (EU) 2023/1543 Art. 3(9)-(12))")
    func frenchCarriesNoEnglishCategoryLabel() throws {
        let rendered = try Fixtures.renderer.render(Self.request("fr"), format: .txt)
        for category in [
            "données relatives aux abonnés", "données relatives au contenu", "données relatives au trafic",
        ] {
            #expect(rendered.text.contains("- \(category) (règlement (UE) 2023/1543, article 3, point"), "\(category)")
        }
        #expect(rendered.text.contains("données demandées aux seules fins d'identifier l'utilisateur"))
        for word in ["subscriber", "traffic data", "content data", "identifying the user", "Reg. (EU)", "Art. 3("] {
            #expect(!rendered.text.contains(word), "the French letter says “\(word)”")
        }
        #expect(rendered.absentElements.isEmpty, "\(rendered.absentElements)")
    }

    @Test(
        "categories, identifier types and sections are in the letter's language (Annex II Sections A, C, F, G)",
        arguments: ["fr", "de", "es", "it", "nl"])
    func everyValueIsTranslated(language: String) throws {
        let rendered = try Fixtures.renderer.render(Self.request(language), format: .txt)
        let labels = PreservationLabels.labels(language)
        for (category, named) in labels.categories {
            #expect(rendered.text.contains("- \(named.label) (\(named.article))"), "\(language): \(category)")
        }
        for (kind, label) in labels.identifiers { #expect(rendered.text.contains(label), "\(language): \(kind)") }
        for (key, named) in labels.sections {
            #expect(rendered.text.contains("- \(named.label) (\(named.source))"), "\(language): section \(key)")
        }
        for word in Self.englishWords { #expect(!rendered.text.contains(word), "\(language) says “\(word)”") }
        // The rendered-element check finds each category's article and each section's label.
        #expect(rendered.absentElements.isEmpty, "\(language): \(rendered.absentElements)")
    }

    @Test("every language names every category, identifier type and section")
    func tablesAreWhole() {
        let sectionKeys = Set(PreservationContent.sectionsForIssuingAuthority.map(\.key))
        for language in PreservationLabels.languages {
            let labels = PreservationLabels.labels(language)
            #expect(Set(labels.categories.keys) == Set(DataCategory.allCases), "\(language)")
            #expect(Set(labels.identifiers.keys) == Set(TargetIdentifier.Kind.allCases), "\(language)")
            #expect(Set(labels.sections.keys) == sectionKeys, "\(language)")
        }
        #expect(PreservationLabels.languages == KindTemplate.allLanguages)
    }
}

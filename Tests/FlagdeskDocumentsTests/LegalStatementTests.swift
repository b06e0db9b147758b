import FlagdeskCore
import Foundation
import Testing

@testable import FlagdeskDocuments

/// Statements whose author the law names: rendered from the shipped templates with the fixed
/// context of `Fixtures`.
@Suite struct LegalStatementTests {
    func render(_ kind: DocumentKind) throws -> String {
        try Fixtures.renderer.render(Fixtures.request(kind, language: "en"), format: .txt).text
    }

    /// TAKE IT DOWN Act, valid request (3): the good-faith statement of non-consent is the
    /// identifiable individual's (made through their authorised person), not the organisation's.
    @Test func theNonConsentStatementIsTheIndividuals() throws {
        let text = try render(.takeItDownRequest)
        #expect(text.contains("Rose-17, the identifiable individual depicted, states in good faith"), "\(text)")
        #expect(text.contains("on their behalf, as the person they authorised to act for them"))
        #expect(!text.contains("We state in good faith"), "the organisation speaks for itself, not the individual")
    }

    /// Directive 2011/36/EU Art. 2 defines the offence; it says nothing of indicators.
    @Test func referralsDoNotCiteTheOffenceDefinitionForIndicators() throws {
        let text = try render(.leaReferral)
        #expect(text.contains("Indicators support a judgement"))
        #expect(!text.contains("Directive 2011/36/EU, Article 2"), "\(text)")
    }
}

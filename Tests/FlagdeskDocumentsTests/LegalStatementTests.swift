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

/// DSA Arts. 19 and 22(1): the trusted-flagger statement and `SOURCE_TRUSTED_FLAGGER` go only to
/// online platforms, for notices within the area; a hosting service gets a plain Art. 16 notice.
@Suite struct NoticeStandingRenderingTests {
    func notice(to provider: Provider, withinArea: Bool? = nil) throws -> (text: String, source: String?) {
        var request = Fixtures.request(.dsaNotice)
        request.recipient = .provider(provider)
        if case .dsaNotice(var content) = request.document.content {
            content.withinArea = withinArea
            request.document.content = .dsaNotice(content)
        }
        let text = try Fixtures.renderer.render(request, format: .txt).text
        let json = try Fixtures.renderer.render(request, format: .json).text
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        return (text, object?["source_type"] as? String)
    }

    @Test func aPlatformGetsThePriorityClaim() throws {
        let sent = try notice(to: Fixtures.provider)
        #expect(sent.text.contains("awarded the status of trusted flagger"))
        #expect(sent.source == "SOURCE_TRUSTED_FLAGGER")
    }

    @Test func aHostingServiceOrANoticeOutsideTheAreaGetsAPlainArticle16Notice() throws {
        var host = Fixtures.provider
        host.isOnlinePlatform = false
        for sent in [try notice(to: host), try notice(to: Fixtures.provider, withinArea: false)] {
            #expect(!sent.text.contains("trusted flagger"), "\(sent.text)")
            #expect(sent.source == "SOURCE_ARTICLE_16")
        }
    }
}

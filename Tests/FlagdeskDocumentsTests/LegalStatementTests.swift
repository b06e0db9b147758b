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

/// GDPR Art. 80(1): only a qualifying not-for-profit body lodges a complaint for the data
/// subject; otherwise the complaint is the data subject's, lodged through the organisation as
/// their representative. Either way the authority can learn who the data subject is, through a
/// secure channel (as the erasure request offers under Art. 12(6)).
@Suite struct DPAComplaintStandingTests {
    func complaint(article80Body: Bool?) throws -> String {
        var request = Fixtures.request(.dpaComplaint)
        request.sender.gdprArticle80Body = article80Body
        return try Fixtures.renderer.render(request, format: .txt).text
    }

    @Test func withoutArticle80StandingTheComplaintIsTheDataSubjects() throws {
        for standing in [nil, false] {
            let text = try complaint(article80Body: standing)
            #expect(text.contains("Rose-17 lodges a complaint against the controller"), "\(text)")
            #expect(text.contains("as their representative"))
            #expect(!text.contains("Article 80(1)"), "no standing asserted that the organisation has not declared")
            #expect(text.contains("We will provide their identity"))
        }
    }

    @Test func aQualifyingBodyLodgesItOnTheirBehalf() throws {
        let text = try complaint(article80Body: true)
        #expect(text.contains("a not-for-profit body within the meaning of Article 80(1), lodges on their behalf"))
        #expect(text.contains("We will provide their identity"))
    }
}

/// Reg. (EU) 2023/1543: the draft states the facts and the grounds of necessity and
/// proportionality (Art. 6(4)(g)), is for cross-border cases (Art. 3(1)-(2)), and its 60 days
/// run from receipt by the addressee (Art. 11).
@Suite struct PreservationDraftTests {
    func render(addresseeCountry: String?) throws -> String {
        var request = Fixtures.request(.preservationRequest)
        if case .preservationRequest(var order) = request.document.content {
            order.addresseeCountry = addresseeCountry
            request.document.content = .preservationRequest(order)
        }
        return try Fixtures.renderer.render(request, format: .txt).text
    }

    @Test func theDraftStatesFactsGroundsAndWhenThe60DaysRun() throws {
        let text = try render(addresseeCountry: "DE")
        #expect(text.contains("Statement of facts:\nThe account @recruit_now"))
        #expect(text.contains("Grounds of necessity and proportionality (Article 6(4)(g)):\nThe account deletes"))
        #expect(text.contains("60 days after the addressee received the order"))
        #expect(!text.contains("PLEASE CHECK"), "a cross-border case gets no warning")
    }

    @Test func anAddresseeInTheIssuingStateIsFlagged() throws {
        let text = try render(addresseeCountry: "nl")
        #expect(text.contains("PLEASE CHECK: the addressee appears to be established in your own Member State"))
        let order = PreservationContent(addresseeCountry: "NL")
        #expect(order.addresseeIsInIssuingState(Fixtures.lea))
        #expect(!PreservationContent(addresseeCountry: nil).addresseeIsInIssuingState(Fixtures.lea))
    }
}

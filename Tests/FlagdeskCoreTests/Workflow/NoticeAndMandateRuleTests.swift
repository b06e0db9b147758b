import FlagdeskCore
import Foundation
import Testing

@Suite("Notice and mandate rules")
struct NoticeAndMandateRuleTests {
    typealias F = WorkflowFixtures

    func anonymousNotice(items: [Item]) -> [String] {
        var fixture = F.DocumentFixture(.dsaNotice)
        fixture.context.items = items
        fixture.context.notifier.name = nil
        fixture.context.notifier.email = nil
        fixture.notice.omitNotifierIdentity = true
        return fixture.missing.map(\.key)
    }

    @Test("DSA Art. 16(2)(c): name and e-mail may be left out for child sexual abuse (Dir. 2011/93/EU Arts. 3-7)")
    func childSexualAbuseException() {
        #expect(anonymousNotice(items: [F.abuseItem]) == [])
        let grooming = F.item("FD-2026-000009", keywords: [.groomingSexualEnticementMinors])
        #expect(anonymousNotice(items: [F.abuseItem, grooming]) == [])
    }

    @Test("Dir. 2011/93/EU Art. 4: a child offered for sexual services is covered, not only three keywords")
    func childSexualExploitationIsCovered() {
        let offered = F.item("FD-2026-000010", keywords: [.humanTrafficking], minor: .yes)
        #expect(NotifierIdentityRule.offence(of: offered) == "Directive 2011/93/EU Art. 4")
        #expect(anonymousNotice(items: [offered]) == [])
        let exploitation = F.item("FD-2026-000011", keywords: [.humanExploitation], minor: .yes)
        #expect(anonymousNotice(items: [exploitation, F.abuseItem]) == [])
        let intimateImage = F.item("FD-2026-000012", keywords: [.nonConsensualImageSharing], minor: .yes)
        #expect(NotifierIdentityRule.offence(of: intimateImage) == "Directive 2011/93/EU Art. 5")
        let grooming = F.item("FD-2026-000013", keywords: [.groomingSexualEnticementMinors])
        #expect(NotifierIdentityRule.offence(of: grooming) == "Directive 2011/93/EU Art. 6")
        // An age that is not known is not a child's: the adult's ad keeps the notifier's identity.
        let unknownAge = F.item("FD-2026-000014", keywords: [.humanTrafficking], minor: .unknown)
        #expect(anonymousNotice(items: [unknownAge]) == ["notifier-name", "notifier-email"])
        let adult = F.item("FD-2026-000015", keywords: [.adultSexualMaterial], minor: .no)
        #expect(NotifierIdentityRule.offence(of: adult) == nil)
    }

    @Test("the exception does not cover trafficking or sexual exploitation of adults (Dir. 2011/36/EU)")
    func traffickingNeedsIdentity() {
        #expect(anonymousNotice(items: [F.traffickingItem]) == ["notifier-name", "notifier-email"])
        #expect(anonymousNotice(items: [F.abuseItem, F.traffickingItem]) == ["notifier-name", "notifier-email"])
        #expect(anonymousNotice(items: []) == ["notifier-name", "notifier-email"])
        // Omitting by choice is refused even when the profile has the data.
        var fixture = F.DocumentFixture(.dsaNotice)
        fixture.notice.omitNotifierIdentity = true
        #expect(fixture.missing.map(\.key) == ["notifier-name", "notifier-email"])
    }

    @Test("trusted-flagger status and expertise are required only where Art. 22 priority is owed")
    func trustedFlaggerOnlyForPlatforms() {
        for provider in [F.cloudHost, F.smallPlatform] {
            var fixture = F.DocumentFixture(.dsaNotice)
            fixture.context.recipient = .provider(provider)
            fixture.context.notifier.trustedFlaggerAwardedBy = nil
            fixture.context.notifier.areaOfExpertise = nil
            #expect(fixture.missing == [], "\(provider.name)")
        }
    }

    @Test("a notice covers the items of exactly one provider")
    func oneProvider() {
        var fixture = F.DocumentFixture(.dsaNotice)
        fixture.context.items.append(F.item("FD-2026-000010", keywords: [.humanTrafficking], provider: "other"))
        #expect(fixture.missing.map(\.key) == ["provider"])
        fixture.context.items[1].providerKey = nil
        #expect(fixture.missing.map(\.key) == ["provider"])
    }

    @Test("evidence files are never attached when an item involves sexual material of a child")
    func attachmentPolicy() {
        #expect(AttachmentPolicy.for(items: [F.traffickingItem]) == .filesAllowed)
        #expect(AttachmentPolicy.for(items: [F.intimateImageItem]) == .filesAllowed)
        let adultUnknownAge = F.item("FD-2026-000011", keywords: [.adultSexualMaterial], minor: .unknown)
        for items in [[F.abuseItem], [F.traffickingItem, F.abuseItem], [adultUnknownAge]] {
            guard case .hashesOnly = AttachmentPolicy.for(items: items) else {
                Issue.record("files allowed for \(items.map(\.reference))")
                continue
            }
        }
        var notice = F.DocumentFixture(.dsaNotice)
        notice.context.items = [F.abuseItem]
        notice.notice.attachedEvidence = [F.hash]
        #expect(notice.missing.map(\.key) == ["no-attachments"])
        notice.context.items = [F.traffickingItem]
        #expect(notice.missing == [])
        var referral = F.DocumentFixture(.leaReferral)
        referral.context.items = [F.abuseItem]
        referral.referral.attachedEvidence = [F.hash]
        #expect(referral.missing.map(\.key) == ["no-attachments"])
    }

    @Test("no mandate, no erasure request: an expired or out-of-scope mandate blocks completing and sending")
    func mandateBlocksWorkflow() throws {
        var expired = F.DocumentFixture(.gdprErasure)
        expired.editMandate { $0.expiresOn = CivilDate(iso: "2026-11-01") }
        var outOfScope = F.DocumentFixture(.gdprErasure)
        outOfScope.editMandate { $0.scopes = [.takeItDown] }
        for (fixture, key) in [(expired, "mandate-expired"), (outOfScope, "mandate-scope")] {
            for (action, status) in [(DocumentAction.complete, DocumentStatus.draft), (.send, .approved)] {
                let refusal = try #require(
                    throws: WorkflowRefusal.self,
                    performing: {
                        try DocumentWorkflow.apply(
                            action, to: status, reference: "E-2026-00001", missing: fixture.missing)
                    })
                #expect(refusal.missingElements.map(\.key) == [key])
            }
        }
    }

    @Test("a mandate expires at the end of its last day in the organisation's zone")
    func mandateExpiryBoundary() {
        var fixture = F.DocumentFixture(.gdprErasure)
        fixture.editMandate { $0.expiresOn = CivilDate(iso: "2026-11-19") }
        // 23:30 UTC on the 19th is already the 20th in Brussels.
        fixture.context.now = F.instant("2026-11-19T23:30:00Z")
        #expect(fixture.missing.map(\.key) == ["mandate-expired"])
        fixture.context.zone = TimeZone(identifier: "UTC")!
        #expect(fixture.missing == [])
        fixture.context.now = F.instant("2026-11-20T00:00:00Z")
        #expect(fixture.missing.map(\.key) == ["mandate-expired"])
    }

    @Test("a mandate with no expiry stays valid; one signed in the future is not yet valid")
    func mandateDates() {
        var fixture = F.DocumentFixture(.gdprErasure)
        fixture.editMandate { $0.expiresOn = nil }
        #expect(fixture.missing == [])
        fixture.editMandate { $0.signedOn = CivilDate(iso: "2026-11-20") }
        #expect(fixture.missing == [])
        fixture.editMandate { $0.signedOn = CivilDate(iso: "2026-11-21") }
        #expect(fixture.missing.map(\.key) == ["mandate-signed"])
    }

    @Test("DSA Art. 20(2): the complaint window runs six months from the day the decision was notified")
    func complaintWindow() {
        var fixture = F.DocumentFixture(.dsaComplaint)
        // Notified 2026-05-20 11:00 Brussels: the window ends 2026-11-20 at 23:59:59 there.
        fixture.context.now = F.instant("2026-11-20T22:59:59Z")
        #expect(fixture.missing == [])
        fixture.context.now = F.instant("2026-11-20T23:00:00Z")
        #expect(fixture.missing.map(\.key) == ["complaint-window"])
    }

    @Test("the reply window may be shorter than the statutory month, never longer")
    func replyWindow() {
        var fixture = F.DocumentFixture(.gdprErasure)
        fixture.erasure.replyWindow = .days(14)
        #expect(fixture.missing == [])
        fixture.erasure.replyWindow = .days(31)
        #expect(fixture.missing.map(\.key) == ["reply-window"])
    }

    @Test("Reg. (EU) 2016/794 Art. 26: a referral goes to the police of the country concerned, never to Europol")
    func referralRecipient() {
        var fixture = F.DocumentFixture(.leaReferral)
        #expect(fixture.missing == [], "the fixture's national police for its own country")
        fixture.context.recipient = .authority(F.europol)
        #expect(fixture.missing.map(\.key) == ["recipient"], "Europol takes no reports from the public")
        #expect(fixture.missing.first?.hint.contains("2016/794 Art. 26") == true)
        fixture.referral.countryConcerned = nil
        #expect(fixture.missing.map(\.key) == ["recipient"])
        fixture.context.recipient = .authority(F.prosecutor)
        #expect(fixture.missing.map(\.key) == ["recipient"])
    }

    @Test("the organisation's referral does not rest on DSA Art. 18, nor indicators on Dir. 2011/36/EU Art. 2")
    func referralCitations() {
        let articles = ReferralContent.elements.map(\.article)
        #expect(!articles.contains { $0.contains("Art. 18") }, "DSA Art. 18 binds providers: \(articles)")
        #expect(!articles.contains { $0.contains("2011/36/EU Art. 2") }, "Art. 2 defines the offence")
    }

    @Test("a DSC complaint may go to the DSC of the complainant's country or the provider's")
    func dscCountries() {
        var fixture = F.DocumentFixture(.dscComplaint)
        fixture.context.recipient = .authority(F.frenchDSC)
        #expect(fixture.missing.map(\.key) == ["recipient"])
        fixture.dscComplaint.complainantCountry = "fr"
        #expect(fixture.missing == [])
    }

    @Test("the EPOC-PR draft lists the sections left for the issuing authority")
    func issuingAuthoritySections() {
        #expect(PreservationContent.sectionsForIssuingAuthority.map(\.key) == ["A", "F", "G", "signature"])
    }
}

import FlagdeskCore
import Foundation
import Testing

/// One element taken away from a complete fixture: the validator must name exactly it, with
/// the article the law puts it in.
struct Removal: Sendable, CustomTestStringConvertible {
    let kind: DocumentKind
    let key: String
    let article: String
    let remove: @Sendable (inout WorkflowFixtures.DocumentFixture) -> Void

    var testDescription: String { "\(kind.rawValue): \(key)" }
}

extension Removal {
    static let notice: [Removal] = [
        Removal(kind: .dsaNotice, key: "provider", article: "DSA Art. 16(1)") { $0.context.recipient = nil },
        Removal(kind: .dsaNotice, key: "urls", article: "DSA Art. 16(2)(b)") { $0.notice.urls = [] },
        Removal(kind: .dsaNotice, key: "urls", article: "DSA Art. 16(2)(b)") { $0.notice.urls = ["video.example/v/1"] },
        Removal(kind: .dsaNotice, key: "explanation", article: "DSA Art. 16(2)(a)") { $0.notice.explanation = " " },
        Removal(kind: .dsaNotice, key: "notifier-name", article: "DSA Art. 16(2)(c)") {
            $0.context.notifier.name = nil
        },
        Removal(kind: .dsaNotice, key: "notifier-email", article: "DSA Art. 16(2)(c)") {
            $0.context.notifier.email = "not an address"
        },
        Removal(kind: .dsaNotice, key: "bona-fide", article: "DSA Art. 16(2)(d)") {
            $0.notice.bonaFideStatement = false
        },
        Removal(kind: .dsaNotice, key: "category", article: "DSA Art. 22(3)(b)") { $0.notice.category = nil },
        Removal(kind: .dsaNotice, key: "content-type", article: "DSA Art. 16(2)(b)") { $0.notice.contentTypes = [] },
        Removal(kind: .dsaNotice, key: "evidence-hashes", article: "DSA Art. 16(2)(a) (substantiation)") {
            $0.notice.evidence = [EvidenceReference(sha256: "abc")]
        },
    ]

    static let mandateArticle = "GDPR Art. 17; acting as authorised representative (REFERENCE §3.5)"
    static let erasure: [Removal] = [
        Removal(kind: .gdprErasure, key: "controller", article: "GDPR Art. 17(1)") {
            $0.erasure.controller = Addressee(name: "Example Video Europe Ltd")
        },
        Removal(kind: .gdprErasure, key: "data-subject", article: mandateArticle) {
            $0.erasure.dataSubjectPseudonym = nil
        },
        Removal(kind: .gdprErasure, key: "mandate", article: mandateArticle) { $0.context.dataSubject?.mandate = nil },
        Removal(kind: .gdprErasure, key: "mandate", article: mandateArticle) {
            $0.context.dataSubject?.pseudonym = "V-099"
        },
        Removal(kind: .gdprErasure, key: "mandate-scope", article: mandateArticle) {
            $0.editMandate { $0.scopes = [.dpaComplaint] }
        },
        Removal(kind: .gdprErasure, key: "mandate-signed", article: mandateArticle) {
            $0.editMandate { $0.signedOn = CivilDate(iso: "2026-11-21") }
        },
        Removal(kind: .gdprErasure, key: "mandate-expired", article: mandateArticle) {
            $0.editMandate { $0.expiresOn = CivilDate(iso: "2026-11-19") }
        },
        Removal(kind: .gdprErasure, key: "mandate-document", article: mandateArticle) {
            $0.editMandate { $0.documentSHA256 = nil }
        },
        Removal(kind: .gdprErasure, key: "personal-data", article: "GDPR Art. 17(1)") { $0.erasure.personalData = nil },
        Removal(kind: .gdprErasure, key: "urls", article: "GDPR Art. 17(1)-(2)") { $0.erasure.urls = [] },
        Removal(kind: .gdprErasure, key: "grounds", article: "GDPR Art. 17(1)(a)-(f)") { $0.erasure.grounds = [] },
        Removal(kind: .gdprErasure, key: "art17-2-request", article: "GDPR Art. 17(2)") {
            $0.erasure.requestsInformingOtherControllers = false
        },
        Removal(kind: .gdprErasure, key: "art19-request", article: "GDPR Art. 19") {
            $0.erasure.requestsNotifyingRecipients = false
        },
        Removal(kind: .gdprErasure, key: "reply-window", article: "GDPR Art. 12(3)") { $0.erasure.replyWindow = nil },
        Removal(kind: .gdprErasure, key: "reply-window", article: "GDPR Art. 12(3)") {
            $0.erasure.replyWindow = .months(3)
        },
    ]

    static let eEvidence = "Reg. (EU) 2023/1543"
    static let preservation: [Removal] = [
        Removal(kind: .preservationRequest, key: "recipient", article: "\(eEvidence) Art. 4(3)") {
            $0.context.recipient = .provider(WorkflowFixtures.videoPlatform)
        },
        Removal(
            kind: .preservationRequest, key: "addressee",
            article: "\(eEvidence) Art. 6(4)(b); Annex II Section B; Dir. (EU) 2023/1544"
        ) { $0.preservation.addressee = nil },
        Removal(kind: .preservationRequest, key: "targets", article: "\(eEvidence) Art. 6(4)(c); Annex II Section C") {
            $0.preservation.targets = []
        },
        Removal(kind: .preservationRequest, key: "time-range", article: "\(eEvidence) Art. 6(4)(e)") {
            $0.preservation.timeRange = nil
        },
        Removal(kind: .preservationRequest, key: "time-range", article: "\(eEvidence) Art. 6(4)(e)") {
            let range = $0.preservation.timeRange!
            $0.preservation.timeRange = TimeRange(start: range.end, end: range.start)
        },
        Removal(kind: .preservationRequest, key: "time-zone", article: "\(eEvidence) Annex II Section C") {
            $0.preservation.timeZone = nil
        },
        Removal(kind: .preservationRequest, key: "time-zone", article: "\(eEvidence) Annex II Section C") {
            $0.preservation.timeZone = "Europe/Atlantis"
        },
        Removal(
            kind: .preservationRequest, key: "data-categories", article: "\(eEvidence) Art. 6(4)(d); Art. 3(9)-(12)"
        ) { $0.preservation.dataCategories = [] },
        Removal(kind: .preservationRequest, key: "offence", article: "\(eEvidence) Art. 6(4)(f)") {
            $0.preservation.offence = nil
        },
        Removal(kind: .preservationRequest, key: "provisions", article: "\(eEvidence) Art. 6(4)(f)") {
            $0.preservation.provisions = []
        },
        Removal(kind: .preservationRequest, key: "emergency", article: "\(eEvidence) Art. 3(18)") {
            $0.preservation.emergency = nil
        },
        Removal(kind: .preservationRequest, key: "facts", article: "\(eEvidence) Annex II Section C") {
            $0.preservation.facts = ""
        },
        Removal(kind: .preservationRequest, key: "grounds", article: "\(eEvidence) Art. 6(4)(g)") {
            $0.preservation.grounds = nil
        },
    ]

    static let referral: [Removal] = [
        Removal(
            kind: .leaReferral, key: "recipient",
            article: "a report of a suspected offence goes to the competent national police"
        ) {
            $0.context.recipient = .authority(WorkflowFixtures.frenchPolice)
        },
        Removal(
            kind: .leaReferral, key: "recipient",
            article: "a report of a suspected offence goes to the competent national police"
        ) {
            $0.referral.countryConcerned = nil
        },
        Removal(kind: .leaReferral, key: "items", article: "the facts of the suspected offence") {
            $0.context.items = []
        },
        Removal(kind: .leaReferral, key: "summary", article: "the facts of the suspected offence") {
            $0.referral.summary = nil
        },
        Removal(
            kind: .leaReferral, key: "indicators",
            article: "the indicator lists and their cautions (REFERENCE §7: UNODC, ILO)"
        ) { $0.referral.indicators = [] },
        Removal(kind: .leaReferral, key: "urgency", article: "a threat to life or safety is reported at once") {
            $0.referral.urgency = nil
        },
        Removal(kind: .leaReferral, key: "urgency", article: "a threat to life or safety is reported at once") {
            $0.context.items[0].threatToLife = true
        },
        Removal(kind: .leaReferral, key: "evidence", article: "the evidence the police can preserve and verify") {
            $0.referral.evidence = []
        },
        Removal(kind: .leaReferral, key: "victim-consent", article: "GDPR Arts. 6(1)(a), 9(2)(a)") {
            $0.context.dataSubject?.consentsToLEA = false
        },
    ]

    static let followUps: [Removal] = [
        Removal(kind: .reminder, key: "parent", article: "Flagdesk escalation ladder (README, Workflow)") {
            $0.context.parent = nil
        },
        Removal(kind: .reminder, key: "parent", article: "Flagdesk escalation ladder (README, Workflow)") {
            $0.context.parent?.status = .approved
        },
        Removal(kind: .dsaComplaint, key: "recipient", article: "DSA Arts. 19, 20(1)") {
            $0.context.recipient = .provider(WorkflowFixtures.smallPlatform)
        },
        Removal(kind: .dsaComplaint, key: "parent-decision", article: "DSA Art. 20(1)") {
            $0.context.parent?.status = .acknowledged
        },
        Removal(kind: .dsaComplaint, key: "decision-notified", article: "DSA Art. 20(2)") {
            $0.context.parent?.decisionNotifiedAt = nil
        },
        Removal(kind: .dsaComplaint, key: "complaint-window", article: "DSA Art. 20(1)-(2)") {
            $0.context.now = WorkflowFixtures.instant("2026-11-20T23:00:00Z")
        },
        Removal(kind: .dsaComplaint, key: "grounds", article: "DSA Art. 20(1), 20(4)") {
            $0.platformComplaint.grounds = nil
        },
        Removal(kind: .dscComplaint, key: "recipient", article: "DSA Art. 53") {
            $0.context.recipient = .authority(WorkflowFixtures.frenchDSC)
        },
        Removal(kind: .dscComplaint, key: "country", article: "DSA Art. 53") { $0.dscComplaint.providerCountry = nil },
        Removal(kind: .dscComplaint, key: "respondent", article: "DSA Art. 53") { $0.dscComplaint.respondent = " " },
        Removal(kind: .dscComplaint, key: "infringement", article: "DSA Art. 53") {
            $0.dscComplaint.infringement = nil
        },
        Removal(kind: .dpaComplaint, key: "recipient", article: "GDPR Art. 77(1)") {
            $0.context.recipient = .authority(WorkflowFixtures.irishDSC)
        },
        Removal(kind: .dpaComplaint, key: "controller", article: "GDPR Art. 77(1)") {
            $0.dpaComplaint.controller = nil
        },
        Removal(kind: .dpaComplaint, key: "infringement", article: "GDPR Art. 77(1)") {
            $0.dpaComplaint.infringement = nil
        },
        Removal(kind: .dpaComplaint, key: "data-subject", article: "GDPR Art. 80(1)") {
            $0.dpaComplaint.dataSubjectPseudonym = nil
        },
        Removal(kind: .dpaComplaint, key: "mandate-scope", article: "GDPR Art. 80(1)") {
            $0.editMandate { $0.scopes = [.erasure] }
        },
    ]

    static let takeItDown: [Removal] = [
        Removal(kind: .takeItDownRequest, key: "signature", article: "TAKE IT DOWN Act, valid request (1)") {
            $0.takeItDown.signature = nil
        },
        Removal(kind: .takeItDownRequest, key: "depiction", article: "TAKE IT DOWN Act, valid request (2)") {
            $0.takeItDown.depiction = nil
        },
        Removal(kind: .takeItDownRequest, key: "urls", article: "TAKE IT DOWN Act, valid request (2)") {
            $0.takeItDown.urls = []
        },
        Removal(kind: .takeItDownRequest, key: "non-consent", article: "TAKE IT DOWN Act, valid request (3)") {
            $0.takeItDown.nonConsentStatement = false
        },
        Removal(kind: .takeItDownRequest, key: "contact", article: "TAKE IT DOWN Act, valid request (4)") {
            $0.context.notifier.email = nil
        },
        Removal(kind: .takeItDownRequest, key: "mandate", article: "TAKE IT DOWN Act, request by an authorised person")
        {
            $0.context.dataSubject = nil
        },
    ]

    static let support: [Removal] = [
        Removal(kind: .supportReferral, key: "recipient", article: "Dir. 2011/36/EU Art. 11(4)") {
            $0.context.recipient = .authority(WorkflowFixtures.belgianPolice)
        },
        Removal(kind: .supportReferral, key: "person", article: "Dir. 2011/36/EU Art. 11(2)") {
            $0.support.dataSubjectPseudonym = " "
        },
        Removal(
            kind: .supportReferral, key: "consent",
            article: "Dir. 2011/36/EU Art. 11(5) (informed consent); GDPR Arts. 6(1)(a), 9(2)(a)"
        ) {
            $0.support.consent = false
        },
        Removal(
            kind: .supportReferral, key: "consent",
            article: "Dir. 2011/36/EU Art. 11(5) (informed consent); GDPR Arts. 6(1)(a), 9(2)(a)"
        ) {
            $0.support.consentRecord = nil
        },
        Removal(
            kind: .supportReferral, key: "contact-conditions",
            article: "Dir. 2011/36/EU Art. 11(5) (safety of the person)"
        ) {
            $0.support.contactConditions = nil
        },
    ]

    /// Issue #16 defect 13: every kind names its sender. Built from each definition's sender
    /// rule, so a kind that drops one of its sender elements loses its removal and fails
    /// `catalogueCovered`; the article each removal expects is the rule's.
    static let sender: [Removal] = DocumentKinds.all.flatMap { definition -> [Removal] in
        let rule = definition.sender
        var removals: [Removal] = []
        if rule.name {
            removals.append(
                Removal(kind: definition.kind, key: "sender-name", article: rule.article) {
                    $0.context.notifier.name = " "
                })
        }
        if rule.signatory {
            removals.append(
                Removal(kind: definition.kind, key: "sender-signatory", article: rule.article) {
                    $0.context.notifier.signatory = nil
                })
        }
        if rule.contact {
            removals.append(
                Removal(kind: definition.kind, key: "sender-contact", article: rule.article) {
                    $0.context.notifier.postalAddress = nil
                    $0.context.notifier.email = nil
                })
        }
        return removals
    }

    static let all = notice + erasure + preservation + referral + followUps + takeItDown + support + sender
}

@Suite("Required elements per document kind")
struct RequiredElementsTests {
    @Test("each complete fixture has nothing missing", arguments: DocumentKind.allCases)
    func completeFixture(kind: DocumentKind) {
        let fixture = WorkflowFixtures.DocumentFixture(kind)
        #expect(fixture.missing == [])
    }

    @Test("taking one element away names exactly that element, with its article", arguments: Removal.all)
    func oneElementRemoved(removal: Removal) {
        var fixture = WorkflowFixtures.DocumentFixture(removal.kind)
        removal.remove(&fixture)
        #expect(fixture.missing.map(\.key) == [removal.key])
        #expect(fixture.missing.first?.article == removal.article)
        #expect(!(fixture.missing.first?.hint.isEmpty ?? true))
    }

    @Test("every required element of every kind is exercised by a removal", arguments: DocumentKind.allCases)
    func catalogueCovered(kind: DocumentKind) {
        let catalogue = DocumentContent.requiredElements(of: kind).map(\.key)
        #expect(Set(catalogue).count == catalogue.count, "keys are unique within a kind")
        var removed = Set(Removal.all.filter { $0.kind == kind }.map(\.key))
        // Tested on their own below.
        removed.formUnion(["no-attachments"])
        if kind == .dpaComplaint || kind == .takeItDownRequest {
            removed.formUnion(["data-subject", "mandate", "mandate-scope", "mandate-signed", "mandate-expired"])
            removed.formUnion(["mandate-document"])
        }
        #expect(Set(catalogue).isSubset(of: removed), "untested: \(Set(catalogue).subtracting(removed).sorted())")
    }

    @Test("content survives a JSON round trip, with the kind beside the fields", arguments: DocumentKind.allCases)
    func codableRoundTrip(kind: DocumentKind) throws {
        let content = WorkflowFixtures.DocumentFixture(kind).content
        let data = try JSONEncoder().encode(content)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object["kind"] as? String == kind.rawValue)
        #expect(try JSONDecoder().decode(DocumentContent.self, from: data) == content)
        // A record written before fields existed still reads, as an empty draft.
        let bare = Data(#"{"kind":"\#(kind.rawValue)"}"#.utf8)
        #expect(try JSONDecoder().decode(DocumentContent.self, from: bare) == DocumentContent.empty(kind))
    }

    @Test("the preservation time range is stored as ISO-8601 UTC text")
    func timeRangeText() throws {
        let content = WorkflowFixtures.DocumentFixture(.preservationRequest).content
        let text = String(decoding: try JSONEncoder().encode(content), as: UTF8.self)
        #expect(text.contains(#""start":"2026-10-01T00:00:00Z""#))
    }

    @Test(
        "an empty draft of each kind lists missing elements, all from its catalogue", arguments: DocumentKind.allCases)
    func emptyDraft(kind: DocumentKind) {
        let fixture = WorkflowFixtures.DocumentFixture(kind)
        let missing = DocumentContent.empty(kind).missingElements(in: fixture.context)
        let catalogue = DocumentContent.requiredElements(of: kind)
        #expect(!missing.isEmpty || kind == .reminder)
        #expect(missing.allSatisfy { element in catalogue.contains { $0.key == element.key } })
    }
}

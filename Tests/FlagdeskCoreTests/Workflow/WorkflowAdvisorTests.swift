import FlagdeskCore
import Testing

@Suite("Evidence first and priorities")
struct WorkflowAdvisorTests {
    typealias F = WorkflowFixtures

    func kinds(_ item: Item, _ documents: [DocumentSnapshot] = [], _ indicators: [IndicatorChoice] = [])
        -> [DocumentKind]
    {
        WorkflowAdvisor.proposals(item: item, documents: documents, indicators: indicators).map(\.kind)
    }

    @Test("trafficking and child sexual abuse: preservation and LEA referral before the notice")
    func evidenceFirst() {
        let expected: [DocumentKind] = [.preservationRequest, .leaReferral, .dsaNotice]
        #expect(kinds(F.traffickingItem) == expected)
        #expect(kinds(F.abuseItem) == expected)
        #expect(kinds(F.item("FD-5", keywords: [.traffickingWomenGirls])) == expected)
        // Sexual material with a minor involved is child sexual abuse, whatever the keyword says.
        #expect(kinds(F.item("FD-6", keywords: [.adultSexualMaterial], minor: .yes)) == expected)
    }

    @Test("a threat to life puts the LEA referral first")
    func threatToLifeFirst() {
        let threat = F.item("FD-7", keywords: [.cyberStalking], threatToLife: true)
        #expect(kinds(threat) == [.leaReferral, .preservationRequest, .dsaNotice])
        #expect(kinds(threat).first == .leaReferral)
        let proposal = WorkflowAdvisor.proposals(item: threat, documents: []).first
        #expect(proposal?.source == "DSA Art. 18(1), recital 52")
        var trafficking = F.traffickingItem
        trafficking.threatToLife = true
        #expect(kinds(trafficking).first == .leaReferral)
    }

    @Test("other illegal content: the notice alone")
    func plainNotice() {
        #expect(kinds(F.item("FD-8", keywords: [.hateSpeech])) == [.dsaNotice])
        #expect(kinds(F.intimateImageItem) == [.dsaNotice])
    }

    @Test("adult sexual material without coercion indicators is never proposed for a notice on its own")
    func adultContent() {
        let adult = F.item("FD-9", keywords: [.adultSexualMaterial, .nudity], minor: .no)
        #expect(kinds(adult) == [])
        // Folklore red flags (counter-indicators) change nothing.
        let folklore = [
            IndicatorChoice(key: "nij-online-ads.movement-language", reason: "'new in town'"),
            IndicatorChoice(key: "nij-online-ads.age-under-23", reason: "says 21"),
        ]
        #expect(kinds(adult, [], folklore) == [])
        // A coercion indicator turns it into a trafficking suspicion: evidence first.
        let coercion = [IndicatorChoice(key: "unodc-general.documents-held", reason: "manager keeps passports")]
        #expect(kinds(adult, [], coercion) == [.preservationRequest, .leaReferral, .dsaNotice])
        // A person who wants their own ads gone can still ask for erasure under the GDPR, and is
        // offered victim support (Dir. 2011/36/EU Art. 11).
        var linked = adult
        linked.personID = 17
        #expect(kinds(linked) == [.supportReferral, .gdprErasure])
    }

    @Test("kinds already drafted are not proposed again; withdrawn ones are")
    func alreadyDrafted() {
        let preservation = DocumentSnapshot(id: 1, reference: "P-1", kind: .preservationRequest, status: .sent)
        #expect(kinds(F.traffickingItem, [preservation]) == [.leaReferral, .dsaNotice])
        var withdrawn = preservation
        withdrawn.status = .withdrawn
        #expect(kinds(F.traffickingItem, [withdrawn]) == [.preservationRequest, .leaReferral, .dsaNotice])
    }

    @Test("closed items get no proposals")
    func closedItems() {
        for status in [ItemStatus.resolved, .noAction] {
            #expect(kinds(F.item("FD-10", keywords: [.humanTrafficking], status: status)) == [])
        }
    }

    static let notice = DocumentSnapshot(id: 3, reference: "N-2026-00042", kind: .dsaNotice, status: .approved)

    @Test("the notice cannot be sent while the item is on LEA hold")
    func leaHoldBlocksNotice() throws {
        let held = F.item("FD-2026-000042", keywords: [.humanTrafficking], leaHold: true)
        guard case .refused(let refusal) = WorkflowAdvisor.canSend(Self.notice, item: held) else {
            Issue.record("a notice on an item on LEA hold was allowed")
            return
        }
        #expect(refusal.cause == .leaHold)
        #expect(refusal.message == "N-2026-00042 cannot be sent: FD-2026-000042 is on LEA hold (the LEA asked to wait)")
        let onHold = F.item("FD-2026-000043", keywords: [.humanTrafficking], status: .onHold)
        #expect(!WorkflowAdvisor.canSend(Self.notice, items: [F.traffickingItem, onHold]).isAllowed)
        #expect(WorkflowAdvisor.canSend(Self.notice, item: F.traffickingItem).isAllowed)
        // Documents to authorities go ahead: the hold is about alerting the suspect.
        var referral = Self.notice
        referral.kind = .leaReferral
        #expect(WorkflowAdvisor.canSend(referral, item: held).isAllowed)
        var erasure = Self.notice
        erasure.kind = .gdprErasure
        #expect(!WorkflowAdvisor.canSend(erasure, item: held).isAllowed)
        // The advisor still proposes the notice, and says it cannot go.
        let proposal = WorkflowAdvisor.proposals(item: held, documents: []).last
        #expect(proposal?.kind == .dsaNotice)
        #expect(proposal?.reason.contains("the LEA asked to wait") == true)
    }
}

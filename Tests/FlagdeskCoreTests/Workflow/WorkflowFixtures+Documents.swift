import FlagdeskCore
import Foundation

extension WorkflowFixtures {
    static func instant(_ text: String) -> Date { ISO8601.parseInstant(text)! }
    static let now = instant("2026-11-20T10:00:00Z")
    static let brussels = TimeZone(identifier: "Europe/Brussels")!
    static let hash = String(repeating: "ab", count: 32)
    static let otherHash = String(repeating: "0f", count: 32)

    static func item(
        _ reference: String, keywords: [DSAKeyword], provider: String? = "example-video",
        minor: MinorInvolvement = .unknown, threatToLife: Bool = false, leaHold: Bool = false,
        status: ItemStatus = .triaged, personID: Int64? = nil
    ) -> Item {
        Item(
            reference: reference, url: "https://video.example/v/1", normalizedURL: "https://video.example/v/1",
            host: "video.example", providerKey: provider, keywords: keywords, minor: minor,
            threatToLife: threatToLife, leaHold: leaHold, status: status, personID: personID,
            createdAt: instant("2026-11-01T08:00:00Z"), createdBy: "alice")
    }

    static let traffickingItem = item("FD-2026-000001", keywords: [.humanTrafficking])
    static let abuseItem = item("FD-2026-000002", keywords: [.childSexualAbuseMaterial], minor: .yes)
    static let intimateImageItem = item("FD-2026-000003", keywords: [.nonConsensualImageSharing], minor: .no)

    static let videoPlatform = Provider(
        key: "example-video", name: "Example Video", legalEntity: "Example Video Europe Ltd", country: "IE",
        hosts: ["video.example"], noticeChannel: .webForm(url: "https://video.example/dsa"),
        eevidenceAddressee: EEvidenceAddressee(
            role: .designatedEstablishment,
            addressee: Addressee(name: "Example Video Europe Ltd", email: "lawenforcement@video.example")))
    static let cloudHost = Provider(
        key: "example-video", name: "Example Cloud", country: "NL", isOnlinePlatform: false)
    static let smallPlatform = Provider(key: "example-video", name: "Tiny Forum", country: "IE", smallOrMicro: true)

    static let prosecutor = Authority(key: "be-parquet", kind: .prosecutor, name: "Parquet de Bruxelles", country: "BE")
    static let belgianPolice = Authority(key: "be-fccu", kind: .lea, name: "FCCU", country: "BE")
    static let frenchPolice = Authority(key: "fr-ocrteh", kind: .lea, name: "OCRTEH", country: "FR")
    static let europol = Authority(key: "europol", kind: .europol, name: "Europol")
    static let irishDSC = Authority(key: "ie-cnam", kind: .dsc, name: "Coimisiún na Meán", country: "IE")
    static let frenchDSC = Authority(key: "fr-arcom", kind: .dsc, name: "Arcom", country: "FR")
    static let belgianDPA = Authority(key: "be-apd", kind: .dpa, name: "APD-GBA", country: "BE")

    static let notifier = NotifierProfile(
        name: "Example Hotline asbl", email: "notices@hotline.example", trustedFlaggerAwardedBy: "BIPT",
        areaOfExpertise: "trafficking in human beings and sexual exploitation", signatory: "A. Coordinator",
        postalAddress: "Rue Exemple 1, 1000 Bruxelles")

    static let mandate = Mandate(
        scopes: [.erasure, .dpaComplaint, .takeItDown], signedOn: CivilDate(iso: "2026-01-10"),
        expiresOn: CivilDate(iso: "2027-01-10"), documentSHA256: hash)
    static let victim = DataSubject(pseudonym: "V-017", mandate: mandate, consentsToLEA: true)

    static let sentNotice = DocumentSnapshot(
        id: 10, reference: "N-2026-00010", kind: .dsaNotice, status: .sent, sentAt: instant("2026-11-02T09:00:00Z"))
    static let decidedNotice = DocumentSnapshot(
        id: 11, reference: "N-2026-00011", kind: .dsaNotice, status: .decided, outcome: .rejected,
        sentAt: instant("2026-05-02T09:00:00Z"), decidedAt: instant("2026-05-20T09:00:00Z"),
        decisionNotifiedAt: instant("2026-05-20T09:00:00Z"))

    /// A complete document of each kind with the context it is complete in; tests take one
    /// element away at a time.
    struct DocumentFixture {
        let kind: DocumentKind
        var notice = NoticeContent(
            urls: ["https://video.example/v/1"], explanation: "Advert offering a woman controlled by a third party.",
            legalBasis: "Belgian Criminal Code Art. 433quinquies", category: .violence,
            keywords: [.humanTrafficking], contentTypes: [.video], bonaFideStatement: true,
            evidence: [EvidenceReference(sha256: hash, mediaType: "image/png")])
        var erasure = ErasureContent(
            controller: Addressee(name: "Example Video Europe Ltd", email: "privacy@video.example"),
            dataSubjectPseudonym: "V-017", identifyingData: "account name shown in the video",
            personalData: "intimate video and first name", urls: ["https://video.example/v/1"],
            grounds: [.unlawfullyProcessed, .consentWithdrawn], requestsInformingOtherControllers: true,
            requestsNotifyingRecipients: true, replyWindow: .months(1))
        var preservation = PreservationContent(
            addressee: WorkflowFixtures.videoPlatform.eevidenceAddressee,
            targets: [
                TargetIdentifier(kind: .url, value: "https://video.example/v/1"),
                TargetIdentifier(kind: .accountName, value: "seller123"),
            ],
            timeRange: TimeRange(
                start: WorkflowFixtures.instant("2026-10-01T00:00:00Z"),
                end: WorkflowFixtures.instant("2026-11-20T00:00:00Z")),
            timeZone: "Europe/Brussels", dataCategories: [.subscriber, .identification, .content],
            offence: "trafficking in human beings for sexual exploitation",
            provisions: ["Belgian Criminal Code Art. 433quinquies"], emergency: false,
            facts: "Adverts show a woman moved between cities by a controller.",
            grounds: "The adverts are deleted within days; only preservation keeps the subscriber data.")
        var referral = ReferralContent(
            countryConcerned: "BE", summary: "Adverts show a woman moved between cities by a controller.",
            indicators: [IndicatorChoice(key: "unodc-general.movement-controlled", reason: "escorted in every ad")],
            urgency: .urgent, evidence: [EvidenceReference(sha256: hash)],
            victimDetails: "first name and phone number given to us by the victim")
        var reminder = ReminderContent(note: "second request")
        var platformComplaint = PlatformComplaintContent(grounds: "The advert shows clear trafficking indicators.")
        var dscComplaint = DSCComplaintContent(
            infringement: "No decision on trusted-flagger notices for two months (Art. 22(1)).",
            respondent: "Example Video Europe Ltd", providerCountry: "IE")
        var dpaComplaint = DPAComplaintContent(
            dataSubjectPseudonym: "V-017", controller: "Example Video Europe Ltd",
            infringement: "No answer to an erasure request within one month (Art. 12(3)).")
        var takeItDown = TakeItDownContent(
            dataSubjectPseudonym: "V-017", signature: "A. Coordinator", depiction: "Video of the person, 2 minutes",
            urls: ["https://video.example/v/1"], nonConsentStatement: true)
        var support = SupportReferralContent(
            dataSubjectPseudonym: "V-017", consent: true, consentRecord: "spoken, witnessed by her support worker",
            contactConditions: "only through her support worker; never by phone")
        var context: ValidationContext

        init(_ kind: DocumentKind) {
            self.kind = kind
            let base = ValidationContext(
                items: [WorkflowFixtures.traffickingItem], notifier: WorkflowFixtures.notifier,
                recipient: .provider(WorkflowFixtures.videoPlatform), now: WorkflowFixtures.now,
                zone: WorkflowFixtures.brussels)
            context = base
            switch kind {
            case .dsaNotice:
                break
            case .gdprErasure, .takeItDownRequest:
                context.items = [WorkflowFixtures.intimateImageItem]
                context.recipient = kind == .gdprErasure ? .controller : .provider(WorkflowFixtures.videoPlatform)
                context.dataSubject = WorkflowFixtures.victim
            case .preservationRequest:
                context.recipient = .authority(WorkflowFixtures.prosecutor)
            case .leaReferral:
                context.recipient = .authority(WorkflowFixtures.belgianPolice)
                context.dataSubject = WorkflowFixtures.victim
            case .reminder:
                context.parent = WorkflowFixtures.sentNotice
            case .dsaComplaint:
                context.parent = WorkflowFixtures.decidedNotice
            case .dscComplaint:
                context.recipient = .authority(WorkflowFixtures.irishDSC)
            case .dpaComplaint:
                context.recipient = .authority(WorkflowFixtures.belgianDPA)
                context.dataSubject = WorkflowFixtures.victim
            case .supportReferral:
                context.recipient = .authority(
                    Authority(key: "be-payoke", kind: .nrm, name: "Payoke", country: "BE"))
                context.dataSubject = WorkflowFixtures.victim
            }
        }

        var content: DocumentContent {
            switch kind {
            case .dsaNotice: return .dsaNotice(notice)
            case .gdprErasure: return .gdprErasure(erasure)
            case .preservationRequest: return .preservationRequest(preservation)
            case .leaReferral: return .leaReferral(referral)
            case .reminder: return .reminder(reminder)
            case .dsaComplaint: return .dsaComplaint(platformComplaint)
            case .dscComplaint: return .dscComplaint(dscComplaint)
            case .dpaComplaint: return .dpaComplaint(dpaComplaint)
            case .takeItDownRequest: return .takeItDownRequest(takeItDown)
            case .supportReferral: return .supportReferral(support)
            }
        }

        var missing: [MissingElement] { content.missingElements(in: context) }

        mutating func editMandate(_ change: (inout Mandate) -> Void) {
            var subject = context.dataSubject!
            change(&subject.mandate!)
            context.dataSubject = subject
        }
    }
}

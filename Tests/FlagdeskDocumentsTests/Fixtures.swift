import FlagdeskCore
import Foundation

@testable import FlagdeskDocuments

/// A fixed world for rendering tests: every value pinned (instants, zone), so golden files
/// never depend on the clock or the machine.
enum Fixtures {
    /// This folder, symlinks resolved (the development package reaches it through one).
    static let folder = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath().deletingLastPathComponent()
    static let repository = folder.deletingLastPathComponent().deletingLastPathComponent()
    static let templates = repository.appendingPathComponent("Templates")
    static let golden = folder.appendingPathComponent("Golden")
    static let catalog = TemplateCatalog(shippedDirectory: templates, userDirectory: nil)
    static let renderer = DocumentRenderer(catalog: catalog)

    static let zone = TimeZone(identifier: "Europe/Brussels")!
    static let now = ISO8601.parseInstant("2026-11-23T09:30:00Z")!
    static let drafted = ISO8601.parseInstant("2026-11-20T14:00:00Z")!
    static let hash1 = String(repeating: "a1", count: 32)
    static let hash2 = String(repeating: "b2", count: 32)

    static let sender = SenderProfile(
        name: "Stichting Veilig Online", legalForm: "stichting", country: "NL",
        postalAddress: "Keizersgracht 1, 1015 AA Amsterdam", email: "notices@veilig.example",
        phone: "+31 20 000 0000", signatory: "Anna de Vries", trustedFlaggerAwardedBy: "ACM (Netherlands)",
        trustedFlaggerAwardedOn: CivilDate(year: 2025, month: 3, day: 14), trustedFlaggerReference: "TF-NL-007",
        areaOfExpertise: "human trafficking and sexual exploitation online",
        independenceStatement: "Funded by public grants only; no platform funding.")

    static let provider = Provider(
        key: "example-video", name: "ExampleVideo", legalEntity: "ExampleVideo Ireland Ltd", country: "IE",
        hosts: ["video.example"], noticeChannel: .email(address: "dsa-notices@video.example"),
        euLegalRepresentative: Addressee(name: "ExampleVideo Ireland Ltd", address: "1 Dock Road, Dublin 2"),
        languages: ["en"])

    static let lea = Authority(
        key: "nl-police", kind: .lea, name: "Politie – Team Mensenhandel", country: "NL",
        contact: AuthorityContact(email: "mensenhandel@politie.example", address: "Postbus 100, Den Haag"))

    static let items = [
        Item(
            id: 1, reference: "FD-2026-000101", url: "https://video.example/watch?v=abc&t=1",
            normalizedURL: "https://video.example/watch?v=abc", host: "video.example", providerKey: "example-video",
            category: .protectionOfMinors, keywords: [.humanTrafficking], contentTypes: [.video],
            legalBasis: "Art. 273f Sr. (trafficking)", explanation: "Advert recruiting minors.", minor: .yes,
            createdAt: drafted, createdBy: "anna")
    ]

    static let evidence = [
        Evidence(
            id: 1, itemID: 1, sha256: hash1, size: 2048, mediaType: "image/png", originalName: "screen.png",
            sourceURL: "https://video.example/watch?v=abc", capturedAt: drafted, capturedBy: "anna")
    ]

    /// The sent notice follow-ups refer to.
    static let parent = DocumentRecord(
        id: 7, reference: "N-2026-00007", language: "en", status: .decided,
        content: .dsaNotice(NoticeContent(urls: ["https://video.example/watch?v=abc"])), recipientKind: .provider,
        recipientKey: "example-video", itemIDs: [1], outcome: .rejected, providerReference: "EV-55512",
        draftedAt: ISO8601.parseInstant("2026-09-01T08:00:00Z")!, draftedBy: "anna",
        sentAt: ISO8601.parseInstant("2026-09-02T08:00:00Z")!,
        decidedAt: ISO8601.parseInstant("2026-09-20T08:00:00Z")!,
        decisionNotifiedAt: ISO8601.parseInstant("2026-09-21T08:00:00Z")!)

    static let subject = DataSubject(
        pseudonym: "Rose-17",
        mandate: Mandate(
            scopes: [.erasure, .dpaComplaint, .takeItDown], signedOn: CivilDate(year: 2026, month: 10, day: 1),
            documentSHA256: hash2),
        consentsToLEA: true)

    /// Fully filled content of each kind.
    static func content(_ kind: DocumentKind) -> DocumentContent {
        let url = "https://video.example/watch?v=abc"
        switch kind {
        case .dsaNotice:
            return .dsaNotice(
                NoticeContent(
                    urls: [url], locationDetails: "Uploaded by account @recruit_now, 0:12-0:40.",
                    explanation:
                        "The video advertises \"modelling jobs\" for girls aged 15-17 <with travel & housing>; "
                        + "these are recruitment indicators of trafficking for sexual exploitation.",
                    legalBasis: "Art. 273f Dutch Criminal Code; Directive 2011/36/EU Art. 2",
                    category: .protectionOfMinors, keywords: [.humanTrafficking], contentTypes: [.video],
                    bonaFideStatement: true, evidence: [EvidenceReference(sha256: hash1, mediaType: "image/png")]))
        case .gdprErasure:
            return .gdprErasure(
                ErasureContent(
                    controller: Addressee(
                        name: "PeopleFinder SARL", address: "3 rue X, Paris", email: "dpo@pf.example"),
                    dataSubjectPseudonym: "Rose-17", identifyingData: "Profile ID 4411 on pf.example",
                    personalData: "Photos and home address shown on the profile page", urls: [url],
                    grounds: [.unlawfullyProcessed, .consentWithdrawn], requestsInformingOtherControllers: true,
                    requestsNotifyingRecipients: true, replyWindow: .months(1)))
        case .preservationRequest:
            return .preservationRequest(
                PreservationContent(
                    addressee: EEvidenceAddressee(
                        role: .legalRepresentative,
                        addressee: Addressee(
                            name: "ExampleVideo Legal Rep GmbH", address: "Berlin", email: "lr@ev.example")),
                    serviceProvider: "ExampleVideo",
                    targets: [TargetIdentifier(kind: .accountName, value: "@recruit_now")],
                    timeRange: TimeRange(start: drafted.addingTimeInterval(-86_400 * 30), end: drafted),
                    timeZone: "Europe/Amsterdam", dataCategories: DataCategory.allCases,
                    offence: "trafficking in human beings", provisions: ["Art. 273f Sr."], emergency: false,
                    facts: "The account @recruit_now offers \"modelling\" work abroad to girls aged 15-17.",
                    grounds: "The account deletes its posts within days; the subscriber data identify the recruiter.",
                    addresseeCountry: "DE"))
        case .leaReferral:
            return .leaReferral(
                ReferralContent(
                    countryConcerned: "NL", summary: "An account recruits girls aged 15-17 for \"modelling\" abroad.",
                    indicators: [IndicatorChoice(key: "unodc.recruitment.deceptive-offer", reason: "too-good jobs")],
                    urgency: .immediate, evidence: [EvidenceReference(sha256: hash1, mediaType: "image/png")],
                    victimDetails: "Rose-17, contact through our office"))
        case .reminder:
            return .reminder(ReminderContent(note: "This is our second request."))
        case .dsaComplaint:
            return .dsaComplaint(PlatformComplaintContent(grounds: "The video is a recruitment advert for minors."))
        case .dscComplaint:
            return .dscComplaint(
                DSCComplaintContent(
                    infringement: "No decision on a trusted-flagger notice for 80 days (Art. 22(1)).",
                    respondent: "ExampleVideo Ireland Ltd", complainantCountry: "NL", providerCountry: "IE"))
        case .dpaComplaint:
            return .dpaComplaint(
                DPAComplaintContent(
                    dataSubjectPseudonym: "Rose-17", controller: "PeopleFinder SARL",
                    infringement: "No answer to the erasure request within one month (Art. 12(3))."))
        case .takeItDownRequest:
            return .takeItDownRequest(
                TakeItDownContent(
                    dataSubjectPseudonym: "Rose-17", signature: "Anna de Vries",
                    depiction: "Intimate photo of the person, posted 2026-11-01.", urls: [url],
                    nonConsentStatement: true))
        case .supportReferral:
            return .supportReferral(
                SupportReferralContent(
                    dataSubjectPseudonym: "Rose-17", consent: true,
                    consentRecord: "spoken, witnessed by her support worker on 2026-10-01",
                    contactConditions: "Only through her support worker at our office; never by phone.",
                    needs: "A safe place to stay and legal advice."))
        }
    }

    static func recipient(_ kind: DocumentKind) -> DocumentRecipient {
        switch kind {
        case .dsaNotice, .reminder, .dsaComplaint, .takeItDownRequest: return .provider(provider)
        case .gdprErasure: return .controller
        case .preservationRequest, .leaReferral: return .authority(lea)
        case .dscComplaint:
            return .authority(Authority(key: "nl-acm", kind: .dsc, name: "ACM", country: "NL"))
        case .dpaComplaint:
            return .authority(Authority(key: "fr-cnil", kind: .dpa, name: "CNIL", country: "FR"))
        case .supportReferral:
            return .authority(Authority(key: "nl-comensha", kind: .nrm, name: "CoMensha", country: "NL"))
        }
    }

    static func request(_ kind: DocumentKind, language: String = "en", status: DocumentStatus = .draft) -> RenderRequest
    {
        let reference = "\(kind.referencePrefix)-2026-00042"
        let document = DocumentRecord(
            id: 42, reference: reference, language: language, status: status, content: content(kind),
            recipientKind: kind == .gdprErasure
                ? .controller : (recipient(kind).provider != nil ? .provider : .authority),
            recipientKey: recipient(kind).provider?.key ?? recipient(kind).authority?.key, itemIDs: [1],
            parentID: kind.isFollowUp ? 7 : nil, draftedAt: drafted, draftedBy: "anna")
        return RenderRequest(
            document: document, items: items, evidence: evidence, sender: sender, recipient: recipient(kind),
            parent: kind.isFollowUp ? parent : nil, dataSubject: subject, zone: zone, now: now)
    }
}

import FlagdeskCore

/// The kinds of synthetic items a demo desk holds. Every text is invented; no real person,
/// account or contact appears. The mix mirrors an anti-trafficking desk: escort ads with
/// trafficking indicators, exploitation of minors, non-consensual images, recruitment scams —
/// and lawful adult sex work, which is recorded and closed as `no action`, never flagged.
struct DemoScenario: Sendable {
    let path: String
    let category: DSACategory
    let keywords: [DSAKeyword]
    let contentTypes: [DSAContentType]
    let legalBasis: String
    let explanation: String
    let minor: MinorInvolvement
    let threatToLife: Bool
    let lawfulAdultWork: Bool

    static let all: [DemoScenario] = [
        DemoScenario(
            path: "/ads/escort-new-girls-every-week", category: .violence,
            keywords: [.humanTrafficking, .traffickingWomenGirls], contentTypes: [.text, .image],
            legalBasis: "Directive 2011/36/EU Art. 2(1) and (3); national transposition",
            explanation:
                "Advert offers several women of one named nationality, shared phone number obscured in an image, third person arranges all contact and payment; indicators of control (UNODC sexual exploitation: ads offering women of a particular ethnicity, others speak for them).",
            minor: .unknown, threatToLife: false, lawfulAdultWork: false),
        DemoScenario(
            path: "/p/young-fresh-available-now", category: .protectionOfMinors,
            keywords: [.humanTrafficking, .childSexualAbuseMaterial], contentTypes: [.text, .image],
            legalBasis: "Directive 2011/93/EU Art. 4; Directive 2011/36/EU Art. 2(5)",
            explanation:
                "Profile uses language suggesting youth (school age references) and offers sexual services arranged by a third party; a minor appears to be exploited.",
            minor: .yes, threatToLife: false, lawfulAdultWork: false),
        DemoScenario(
            path: "/status/held-passport-message", category: .violence,
            keywords: [.humanTrafficking, .humanExploitation], contentTypes: [.text],
            legalBasis: "Directive 2011/36/EU Art. 2(1)",
            explanation:
                "Post by a person saying their passport is held by an 'agency', they cannot leave the apartment and are threatened if they refuse clients; asks for help. Immediate risk to the person's safety.",
            minor: .no, threatToLife: true, lawfulAdultWork: false),
        DemoScenario(
            path: "/jobs/hostess-abroad-all-paid", category: .scamsAndFraud,
            keywords: [.humanTrafficking, .humanExploitation], contentTypes: [.text],
            legalBasis: "Directive 2011/36/EU Art. 2(1) (recruitment by deception)",
            explanation:
                "Recruitment ad promising hostess work abroad with travel and housing 'paid in advance' to be repaid from earnings; deceptive recruitment and debt bondage indicators (ILO operational indicators).",
            minor: .unknown, threatToLife: false, lawfulAdultWork: false),
        DemoScenario(
            path: "/v/private-video-shared", category: .cyberViolenceAgainstWomen,
            keywords: [.nonConsensualImageSharingAgainstWomen], contentTypes: [.video],
            legalBasis: "Directive (EU) 2024/1385 Art. 5; GDPR Art. 17(1)(d)",
            explanation:
                "Intimate video of an identifiable woman shared without consent; the person asked the organisation to act on her behalf.",
            minor: .no, threatToLife: false, lawfulAdultWork: false),
        DemoScenario(
            path: "/g/grooming-chat-screens", category: .protectionOfMinors,
            keywords: [.groomingSexualEnticementMinors], contentTypes: [.image, .text],
            legalBasis: "Directive 2011/93/EU Art. 6",
            explanation: "Screenshots show an adult soliciting a 13-year-old for sexual images and a meeting.",
            minor: .yes, threatToLife: false, lawfulAdultWork: false),
        DemoScenario(
            path: "/ads/independent-escort-own-terms", category: .otherViolationTc,
            keywords: [.adultSexualMaterial], contentTypes: [.text, .image],
            legalBasis: "none: lawful in the provider's country",
            explanation:
                "Independent adult sex worker advertising own services, own contact, no third party, no indicator of coercion. Lawful adult sex work: recorded, not flagged.",
            minor: .no, threatToLife: false, lawfulAdultWork: true),
        DemoScenario(
            path: "/deepfake/celebrity-lookalike", category: .cyberViolenceAgainstWomen,
            keywords: [.nonConsensualMaterialDeepfakeAgainstWomen], contentTypes: [.syntheticMedia],
            legalBasis: "Directive (EU) 2024/1385 Art. 5(1)(b)",
            explanation: "Sexual deepfake of a private person created from her social-media photos.",
            minor: .no, threatToLife: false, lawfulAdultWork: false),
    ]
}

/// The fields of a DSA Art. 16 notice; sent as a trusted flagger (Art. 22) only when
/// `NoticeStanding` says so. The recipient is the hosting provider (`ValidationContext.recipient`).
public struct NoticeContent: Sendable, Equatable, Codable {
    /// The exact electronic location(s) of the content (Art. 16(2)(b)).
    public var urls: [String]
    /// Further information that lets the provider find the content (Art. 16(2)(b), second part).
    public var locationDetails: String?
    /// Why the content is illegal, substantiated (Art. 16(2)(a)).
    public var explanation: String?
    /// The offence and the provision it breaches, when known.
    public var legalBasis: String?
    /// Transparency Database vocabulary (REFERENCE §2).
    public var category: DSACategory?
    public var keywords: [DSAKeyword]
    public var contentTypes: [DSAContentType]
    /// The notifier confirms its bona fide belief that the notice is accurate and complete
    /// (Art. 16(2)(d)).
    public var bonaFideStatement: Bool
    /// Leave out the notifier's name and e-mail; allowed only for offences of Arts. 3-7 of
    /// Directive 2011/93/EU (Art. 16(2)(c)).
    public var omitNotifierIdentity: Bool
    /// Evidence cited by SHA-256.
    public var evidence: [EvidenceReference]
    /// Evidence files to attach (by SHA-256); refused when the items involve sexual material of
    /// a child (`AttachmentPolicy`).
    public var attachedEvidence: [String]
    /// false when the flagger says the item lies outside the organisation's designated area of
    /// expertise: the notice then claims no priority (DSA Art. 22(1)). nil: within the area.
    public var withinArea: Bool?

    public init(
        urls: [String] = [], locationDetails: String? = nil, explanation: String? = nil, legalBasis: String? = nil,
        category: DSACategory? = nil, keywords: [DSAKeyword] = [], contentTypes: [DSAContentType] = [],
        bonaFideStatement: Bool = false, omitNotifierIdentity: Bool = false, evidence: [EvidenceReference] = [],
        attachedEvidence: [String] = [], withinArea: Bool? = nil
    ) {
        self.urls = urls
        self.locationDetails = locationDetails
        self.explanation = explanation
        self.legalBasis = legalBasis
        self.category = category
        self.keywords = keywords
        self.contentTypes = contentTypes
        self.bonaFideStatement = bonaFideStatement
        self.omitNotifierIdentity = omitNotifierIdentity
        self.evidence = evidence
        self.attachedEvidence = attachedEvidence
        self.withinArea = withinArea
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            urls: try c.value(.urls, or: []), locationDetails: try c.value(.locationDetails, or: nil),
            explanation: try c.value(.explanation, or: nil), legalBasis: try c.value(.legalBasis, or: nil),
            category: try c.value(.category, or: nil), keywords: try c.value(.keywords, or: []),
            contentTypes: try c.value(.contentTypes, or: []),
            bonaFideStatement: try c.value(.bonaFideStatement, or: false),
            omitNotifierIdentity: try c.value(.omitNotifierIdentity, or: false),
            evidence: try c.value(.evidence, or: []), attachedEvidence: try c.value(.attachedEvidence, or: []),
            withinArea: try c.value(.withinArea, or: nil))
    }
}

extension NoticeContent {
    /// Every element a notice can require, with its source.
    public static let elements: [MissingElement] = [
        MissingElement(
            key: "provider", label: "exactly one hosting provider, the one hosting every item",
            article: "DSA Art. 16(1)", hint: "one notice goes to one provider's notice mechanism; split the items"),
        MissingElement(
            key: "urls", label: "the exact URL(s) of the content", article: "DSA Art. 16(2)(b)",
            hint: "give each exact URL (http or https, with host)"),
        MissingElement(
            key: "explanation", label: "a substantiated explanation of why the content is illegal",
            article: "DSA Art. 16(2)(a)",
            hint: "say which law it breaches and why, so a diligent provider sees it without legal examination (16(3))"),
        MissingElement(
            key: "notifier-name", label: "the notifier's name", article: "DSA Art. 16(2)(c)",
            hint:
                "set [organisation] name; only notices about child sexual abuse (Dir. 2011/93/EU Arts. 3-7) may omit it"
        ),
        MissingElement(
            key: "notifier-email", label: "the notifier's e-mail address", article: "DSA Art. 16(2)(c)",
            hint:
                "set [organisation] email; only notices about child sexual abuse (Dir. 2011/93/EU Arts. 3-7) may omit it"
        ),
        MissingElement(
            key: "bona-fide", label: "the statement of bona fide belief that the notice is accurate and complete",
            article: "DSA Art. 16(2)(d)", hint: "confirm the statement"),
        MissingElement(
            key: "category", label: "the DSA category", article: "DSA Art. 22(3)(b)",
            hint: "choose the Transparency Database category: the annual report counts notices by type of content"),
        MissingElement(
            key: "content-type", label: "the content type", article: "DSA Art. 16(2)(b)",
            hint: "choose at least one content type (image, video, text...)"),
        MissingElement(
            key: "evidence-hashes", label: "evidence cited by SHA-256", article: "DSA Art. 16(2)(a) (substantiation)",
            hint: "each evidence reference must be a SHA-256 of 64 hex digits"),
        MissingElement(
            key: "no-attachments", label: "evidence by hash only, without files",
            article: "Dir. 2011/93/EU Art. 5 (no distribution of child sexual abuse material)",
            hint: "the items involve sexual material of a child: cite evidence by hash, never attach files"),
    ]

    func missingElements(in context: ValidationContext) -> [MissingElement] {
        let element = Dictionary(uniqueKeysWithValues: Self.elements.map { ($0.key, $0) })
        var missing: [MissingElement] = []
        let provider = context.recipient?.provider
        if let provider, provider.isSearchEngine {
            missing.append(
                element["provider"]!.with(
                    hint:
                        "\(provider.name) is a search engine: it hosts nothing, and Art. 16 binds hosting services; "
                        + "send the notice to the provider that hosts the page"))
        } else if let provider {
            let others = Set(context.items.compactMap { $0.providerKey == provider.key ? nil : $0.providerKey ?? "?" })
            if !others.isEmpty {
                missing.append(
                    element["provider"]!.with(
                        hint:
                            "\(others.count) item(s) are hosted by another or an unknown provider; one notice per provider"
                    ))
            }
        } else {
            missing.append(element["provider"]!)
        }
        if urls.isEmpty || !urls.allSatisfy(WebAddress.isPlausibleURL) { missing.append(element["urls"]!) }
        if explanation.map(isBlank) ?? true { missing.append(element["explanation"]!) }
        if !NotifierIdentityRule.mayOmit(items: context.items) {
            if omitNotifierIdentity || context.notifier.name.map(isBlank) ?? true {
                missing.append(element["notifier-name"]!)
            }
            if omitNotifierIdentity || !(context.notifier.email.map(WebAddress.isPlausibleEmail) ?? false) {
                missing.append(element["notifier-email"]!)
            }
        }
        if !bonaFideStatement { missing.append(element["bona-fide"]!) }
        if category == nil { missing.append(element["category"]!) }
        if contentTypes.isEmpty { missing.append(element["content-type"]!) }
        if !evidence.allSatisfy({ SHA256Text.isValid($0.sha256) }) { missing.append(element["evidence-hashes"]!) }
        if !attachedEvidence.isEmpty, case .hashesOnly = AttachmentPolicy.for(items: context.items) {
            missing.append(element["no-attachments"]!)
        }
        return missing
    }
}

/// DSA Art. 16(2)(c): the notifier's name and e-mail may be left out only where the content is
/// considered to involve an offence of Articles 3 to 7 of Directive 2011/93/EU (sexual abuse,
/// sexual exploitation, abuse material, solicitation, incitement and attempt). Adult trafficking
/// and sexual exploitation (Directive 2011/36/EU) are not covered (REFERENCE §1.1, §6.2).
public enum NotifierIdentityRule {
    /// True only when there is at least one item and every item involves such an offence.
    public static func mayOmit(items: [Item]) -> Bool {
        !items.isEmpty && items.allSatisfy { offence(of: $0) != nil }
    }

    /// The article of Directive 2011/93/EU an item's flags point to, or nil. Art. 4 (sexual
    /// exploitation: a child offered for sexual services) is read from a minor known to be
    /// involved together with trafficking, exploitation or sexual material: this desk flags
    /// online sexual exploitation (DESIGN §1), and "unknown" is not "yes" — an adult's ad is
    /// never made a child's by default.
    public static func offence(of item: Item) -> String? {
        if item.keywords.contains(.groomingSexualEnticementMinors) { return "Directive 2011/93/EU Art. 6" }
        if item.keywords.contains(where: \.isChildSexualAbuse) { return "Directive 2011/93/EU Art. 5" }
        guard item.minor == .yes else { return nil }
        if item.keywords.contains(where: \.isTrafficking) { return "Directive 2011/93/EU Art. 4" }
        if item.keywords.contains(where: \.isSexualMaterial) { return "Directive 2011/93/EU Art. 5" }
        return nil
    }
}

/// Whether evidence files may travel with a document. Files showing sexual material of a child
/// are never attached: sending them would itself distribute abuse material (Directive 2011/93/EU
/// Art. 5); documents cite such evidence by SHA-256 only.
public enum AttachmentPolicy: Sendable, Equatable {
    case filesAllowed
    case hashesOnly(reason: String)

    /// The policy for a document covering `items`. An item involves sexual material of a child
    /// when it carries a child-sexual-abuse keyword, or sexual material where a minor is involved
    /// or may be ("unknown" is not "no").
    public static func `for`(items: [Item]) -> AttachmentPolicy {
        for item in items {
            if item.keywords.contains(where: \.isChildSexualAbuse) {
                return .hashesOnly(reason: "\(item.reference) is flagged as child sexual abuse")
            }
            if item.minor != .no, item.keywords.contains(where: \.isSexualMaterial) {
                return .hashesOnly(
                    reason: "\(item.reference) shows sexual material and a minor is or may be involved")
            }
        }
        return .filesAllowed
    }
}

extension DSAKeyword {
    /// Keywords for sexual or intimate material, whoever it depicts.
    public var isSexualMaterial: Bool {
        switch self {
        case .adultSexualMaterial, .nudity, .nonConsensualImageSharing, .nonConsensualImageSharingAgainstWomen,
            .nonConsensualMaterialDeepfake, .nonConsensualMaterialDeepfakeAgainstWomen, .childSexualAbuseMaterial,
            .childSexualAbuseMaterialDeepfake:
            return true
        default:
            return false
        }
    }
}

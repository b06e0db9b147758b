/// How fast law enforcement should look at a referral.
public enum ReferralUrgency: String, CaseIterable, Codable, Sendable {
    /// A threat to the life or safety of a person: the police are told at once.
    case immediate
    case urgent
    case routine
}

/// The fields of a referral of suspected offences to law enforcement: the organisation's own,
/// voluntary report of a suspected offence. It does not rest on DSA Art. 18, which binds
/// providers. The recipient is the police of the Member State concerned; never Europol, which
/// takes no reports from the public (it receives what private parties report only through a
/// national unit, Reg. (EU) 2016/794 Art. 26).
public struct ReferralContent: Sendable, Equatable, Codable {
    /// ISO 3166-1 alpha-2 of the Member State concerned (where the offence took place, the
    /// suspect or the victim is); nil until the flagger says which (when unknown, their own
    /// country: its national unit forwards the report).
    public var countryConcerned: String?
    public var summary: String?
    /// The indicators recorded at triage, with the flagger's reasons (REFERENCE §7).
    public var indicators: [IndicatorChoice]
    public var urgency: ReferralUrgency?
    /// The evidence manifest: every file by SHA-256.
    public var evidence: [EvidenceReference]
    /// Evidence files to send along (by SHA-256); never for sexual material of a child.
    public var attachedEvidence: [String]
    /// The victim's details; only with their consent to share with law enforcement on record.
    public var victimDetails: String?

    public init(
        countryConcerned: String? = nil, summary: String? = nil, indicators: [IndicatorChoice] = [],
        urgency: ReferralUrgency? = nil, evidence: [EvidenceReference] = [], attachedEvidence: [String] = [],
        victimDetails: String? = nil
    ) {
        self.countryConcerned = countryConcerned
        self.summary = summary
        self.indicators = indicators
        self.urgency = urgency
        self.evidence = evidence
        self.attachedEvidence = attachedEvidence
        self.victimDetails = victimDetails
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            countryConcerned: try c.value(.countryConcerned, or: nil), summary: try c.value(.summary, or: nil),
            indicators: try c.value(.indicators, or: []), urgency: try c.value(.urgency, or: nil),
            evidence: try c.value(.evidence, or: []), attachedEvidence: try c.value(.attachedEvidence, or: []),
            victimDetails: try c.value(.victimDetails, or: nil))
    }
}

extension ReferralContent {
    public static let elements: [MissingElement] = [
        MissingElement(
            key: "recipient", label: "the police of the Member State concerned",
            article: "a report of a suspected offence goes to the competent national police",
            hint:
                "set country-concerned and address that country's police or national unit (when unknown, your own "
                + "country's: it forwards the report); Europol takes no reports from the public "
                + "(Reg. (EU) 2016/794 Art. 26: only through a national unit)"),
        MissingElement(
            key: "items", label: "the items referred", article: "the facts of the suspected offence",
            hint: "link at least one item"),
        MissingElement(
            key: "summary", label: "a summary of the suspicion", article: "the facts of the suspected offence",
            hint: "say what was seen, where, and why it suggests an offence"),
        MissingElement(
            key: "indicators", label: "the trafficking indicators recorded at triage, with reasons",
            article: "the indicator lists and their cautions (REFERENCE §7: UNODC, ILO)",
            hint: "triage the items: tick the indicators seen and say why"),
        MissingElement(
            key: "urgency", label: "the urgency", article: "a threat to life or safety is reported at once",
            hint: "a threat to life or safety is immediate"),
        MissingElement(
            key: "evidence", label: "the evidence manifest with SHA-256 hashes",
            article: "the evidence the police can preserve and verify",
            hint: "list each evidence file by SHA-256 (64 hex digits)"),
        MissingElement(
            key: "no-attachments", label: "evidence by hash only, without files",
            article: "Dir. 2011/93/EU Art. 5 (no distribution of child sexual abuse material)",
            hint: "the items involve sexual material of a child: cite evidence by hash, never attach files"),
        MissingElement(
            key: "victim-consent", label: "the victim's consent to share their details with law enforcement",
            article: "GDPR Arts. 6(1)(a), 9(2)(a)",
            hint: "remove the victim's details, or record their consent on the person first"),
    ]

    func missingElements(in context: ValidationContext) -> [MissingElement] {
        let element = Dictionary(uniqueKeysWithValues: Self.elements.map { ($0.key, $0) })
        var missing: [MissingElement] = []
        if !isRightRecipient(context.recipient?.authority) { missing.append(element["recipient"]!) }
        if context.items.isEmpty { missing.append(element["items"]!) }
        let threat = context.items.contains(where: \.threatToLife)
        if summary.map(isBlank) ?? true {
            missing.append(
                threat
                    ? element["summary"]!.with(
                        hint: "a threat to life: state the facts (who is in danger, where, what they said)")
                    : element["summary"]!)
        }
        // Indicators speak to trafficking; a referral for another offence (child sexual abuse)
        // does not wait for them, nor does a threat to life: the police need the facts (the
        // summary, required above) at once, not a ticked box.
        let trafficking = context.items.contains { $0.keywords.contains(where: \.isTrafficking) }
        if trafficking, !threat, indicators.isEmpty || indicators.contains(where: { isBlank($0.reason) }) {
            missing.append(element["indicators"]!)
        }
        if urgency == nil {
            missing.append(element["urgency"]!)
        } else if urgency != .immediate, context.items.contains(where: \.threatToLife) {
            missing.append(
                element["urgency"]!.with(hint: "an item is flagged as a threat to life: urgency is immediate"))
        }
        if evidence.isEmpty || !evidence.allSatisfy({ SHA256Text.isValid($0.sha256) }) {
            missing.append(element["evidence"]!)
        }
        if !attachedEvidence.isEmpty, case .hashesOnly = AttachmentPolicy.for(items: context.items) {
            missing.append(element["no-attachments"]!)
        }
        if let victimDetails, !isBlank(victimDetails), context.dataSubject?.consentsToLEA != true {
            missing.append(element["victim-consent"]!)
        }
        return missing
    }

    /// The police of the country concerned. Europol is not a recipient of the organisation's
    /// report (Reg. (EU) 2016/794 Art. 26): the national unit forwards what concerns it.
    private func isRightRecipient(_ authority: Authority?) -> Bool {
        guard let authority else { return false }
        switch authority.kind {
        case .lea:
            guard let wanted = countryConcerned.flatMap(ISOCodes.country), let actual = authority.country else {
                return false
            }
            return ISOCodes.country(actual) == wanted
        default:
            return false
        }
    }
}

/// A referral of a person to a victim-support service or a National Referral Mechanism: the
/// support pathway beside law enforcement (Directive 2011/36/EU Art. 11: assistance and support
/// as soon as there are reasonable grounds, irrespective of willingness to act as a witness).
/// Nothing goes without the person's consent, and the service contacts them only as they say.
public struct SupportReferralContent: Sendable, Equatable, Codable {
    /// The person, by pseudonym: the service learns more from the person, not from the letter.
    public var dataSubjectPseudonym: String?
    /// The person agreed to be referred to this service.
    public var consent: Bool
    /// How the consent was given and recorded ("spoken, witnessed by the support worker").
    public var consentRecord: String?
    /// How, when and through whom the service may contact the person ("only through her support
    /// worker at the drop-in centre; never by phone").
    public var contactConditions: String?
    /// What the person asks for (shelter, legal advice, medical care), in their words.
    public var needs: String?

    public init(
        dataSubjectPseudonym: String? = nil, consent: Bool = false, consentRecord: String? = nil,
        contactConditions: String? = nil, needs: String? = nil
    ) {
        self.dataSubjectPseudonym = dataSubjectPseudonym
        self.consent = consent
        self.consentRecord = consentRecord
        self.contactConditions = contactConditions
        self.needs = needs
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            dataSubjectPseudonym: try c.value(.dataSubjectPseudonym, or: nil),
            consent: try c.value(.consent, or: false),
            consentRecord: try c.value(.consentRecord, or: nil),
            contactConditions: try c.value(.contactConditions, or: nil), needs: try c.value(.needs, or: nil))
    }

    public static let elements: [MissingElement] = [
        MissingElement(
            key: "recipient", label: "a victim-support service or National Referral Mechanism",
            article: "Dir. 2011/36/EU Art. 11(4)",
            hint: "address an authority of kind support-service or nrm in the directory"),
        MissingElement(
            key: "person", label: "the person referred, by pseudonym", article: "Dir. 2011/36/EU Art. 11(2)",
            hint: "link the person to the item (triage --person) or set data-subject"),
        MissingElement(
            key: "consent", label: "the person's consent to the referral, and how it was given",
            article: "Dir. 2011/36/EU Art. 11(5) (informed consent); GDPR Arts. 6(1)(a), 9(2)(a)",
            hint: "set consent=yes and consent-record (e.g. spoken, witnessed by the support worker)"),
        MissingElement(
            key: "contact-conditions", label: "how and through whom the service may contact the person",
            article: "Dir. 2011/36/EU Art. 11(5) (safety of the person)",
            hint: "say how the person wants to be reached, and how not (e.g. never by phone)"),
    ]

    func missingElements(in context: ValidationContext) -> [MissingElement] {
        let element = Dictionary(uniqueKeysWithValues: Self.elements.map { ($0.key, $0) })
        var missing: [MissingElement] = []
        let kind = context.recipient?.authority?.kind
        if kind != .supportService && kind != .nrm { missing.append(element["recipient"]!) }
        if dataSubjectPseudonym.map(isBlank) ?? true { missing.append(element["person"]!) }
        if !consent || (consentRecord.map(isBlank) ?? true) { missing.append(element["consent"]!) }
        if contactConditions.map(isBlank) ?? true { missing.append(element["contact-conditions"]!) }
        return missing
    }
}

enum SupportReferralFields {
    static let fields: [FieldDescription] = [
        FieldDescription(key: "data-subject", help: "pseudonym of the person referred"),
        FieldDescription(key: "consent", help: "yes: the person agreed to this referral"),
        FieldDescription(key: "consent-record", help: "how the consent was given and recorded"),
        FieldDescription(key: "contact-conditions", help: "how, when and through whom the service may contact them"),
        FieldDescription(key: "needs", help: "what the person asks for, in their words"),
    ]

    static func apply(_ setting: FieldSetting, to referral: inout SupportReferralContent) throws(FieldError) {
        switch setting.key {
        case "data-subject": referral.dataSubjectPseudonym = setting.trimmed
        case "consent": referral.consent = try setting.yesNo()
        case "consent-record": referral.consentRecord = setting.trimmed
        case "contact-conditions": referral.contactConditions = setting.trimmed
        default: referral.needs = setting.trimmed
        }
    }
}

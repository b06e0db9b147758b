import Foundation

extension DocumentKinds {
    /// Referral of a person, with their consent, to a victim-support service or a National
    /// Referral Mechanism (Directive 2011/36/EU Art. 11).
    static let supportReferral = DocumentKindDefinition(
        kind: .supportReferral, title: "referral to victim support (Dir. 2011/36/EU Art. 11)", referencePrefix: "S",
        fields: SupportReferralFields.fields, requiredElements: SupportReferralContent.elements,
        legalElements: [
            .reference, LegalElement("support.pseudonym", "Dir. 2011/36/EU Art. 11(2)", "the person (pseudonym)"),
            LegalElement("support.consentRecord", "Dir. 2011/36/EU Art. 11(5)", "how the person's consent was given"),
            LegalElement(
                "support.contactConditions", "Dir. 2011/36/EU Art. 11(5)", "how the person may be contacted"),
        ],
        // The organisation's own country: the person is helped where they are met.
        recipients: KindRecipients(byDefault: .authority([.supportService, .nrm]), acceptsProvider: false),
        sender: SenderIdentityRule(article: DocumentKinds.letterSender),
        conduct: KindConduct(advisorRole: .support), answers: KindAnswers(),
        personal: PersonalFields(
            identity: [
                IdentityField(
                    .supportReferral, identifies: false,
                    ContentField(
                        "contact-conditions", \.supportReferralContent, DocumentContent.supportReferral,
                        \.contactConditions)),
                IdentityField(
                    .supportReferral, identifies: false,
                    ContentField("needs", \.supportReferralContent, DocumentContent.supportReferral, \.needs)),
            ],
            pseudonym: ContentField(
                "data-subject", \.supportReferralContent, DocumentContent.supportReferral, \.dataSubjectPseudonym),
            contactConditionsKey: "contact-conditions"),
        escalation: [
            EscalationStep(
                from: .supportReferral, trigger: .noAcknowledgement, after: .rule("reminder.referral"),
                propose: [.reminder])
        ],
        deadlines: { steps throws(DeadlineError) in try steps.chase("reminder.referral", from: steps.sent) },
        emptyContent: .supportReferral(SupportReferralContent()),
        decode: { .supportReferral(try SupportReferralContent(from: $0)) },
        applyField: { setting, content throws(FieldError) in
            guard case .supportReferral(var fields) = content else { return }
            try SupportReferralFields.apply(setting, to: &fields)
            content = .supportReferral(fields)
        },
        // Consent, how it was given and the contact conditions come from the person, typed by
        // the flagger: never pre-filled.
        prefill: { seed in .supportReferral(SupportReferralContent(dataSubjectPseudonym: seed.person?.pseudonym)) })
}

extension DocumentContent {
    /// This kind's content, or nil for another kind (the personal fields' key paths).
    var supportReferralContent: SupportReferralContent? {
        if case .supportReferral(let content) = self { return content }
        return nil
    }
}

import Foundation

extension DocumentKinds {
    /// A referral of a suspected offence to the competent national police unit.
    static let leaReferral = DocumentKindDefinition(
        kind: .leaReferral, title: "referral to law enforcement", referencePrefix: "L", fields: ReferralFields.fields,
        requiredElements: ReferralContent.elements,
        legalElements: [
            .reference,
            LegalElement("referral.summary", "DSA Art. 18(1) (all relevant information)", "the summary"),
            LegalElement(
                "referral.evidence", "DSA Art. 18(1) (all relevant information)", "the evidence manifest",
                .each(field: "sha256")),
        ],
        recipients: KindRecipients(byDefault: .authority([.lea]), acceptsProvider: false),
        sender: SenderIdentityRule(article: DocumentKinds.letterSender),
        caseGrouping: .byAuthority,
        conduct: KindConduct(reachesPolice: true, evidenceStep: .referral, advisorRole: .referral),
        answers: KindAnswers(),
        personal: PersonalFields(identity: [
            IdentityField(
                .leaReferral, identifies: true,
                ContentField("victim-details", \.referralContent, DocumentContent.leaReferral, \.victimDetails))
        ]),
        escalation: [
            // A referral that sits unread leaves the person in danger: chase it.
            EscalationStep(
                from: .leaReferral, trigger: .noAcknowledgement, after: .rule("reminder.referral"), propose: [.reminder]
            )
        ],
        deadlines: { steps throws(DeadlineError) in try steps.chase("reminder.referral", from: steps.sent) },
        emptyContent: .leaReferral(ReferralContent()), decode: { .leaReferral(try ReferralContent(from: $0)) },
        applyField: { setting, content throws(FieldError) in
            guard case .leaReferral(var fields) = content else { return }
            try ReferralFields.apply(setting, to: &fields)
            content = .leaReferral(fields)
        },
        prefill: { seed in
            .leaReferral(
                ReferralContent(
                    countryConcerned: seed.organisationCountry, summary: seed.explanation,
                    indicators: (seed.triage?.indicators ?? []).filter {
                        IndicatorCatalog.indicator($0.key)?.isCharacteristic != true
                    },
                    urgency: seed.threatToLife ? .immediate : nil, evidence: seed.evidence))
        })
}

extension DocumentContent {
    /// This kind's content, or nil for another kind (the personal fields' key paths).
    var referralContent: ReferralContent? {
        if case .leaReferral(let content) = self { return content }
        return nil
    }
}

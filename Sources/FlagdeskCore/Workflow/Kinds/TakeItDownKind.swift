import Foundation

extension DocumentKinds {
    /// US TAKE IT DOWN Act removal request (Pub. L. 119-12): removal within 48 hours.
    static let takeItDownRequest = DocumentKindDefinition(
        kind: .takeItDownRequest, title: "TAKE IT DOWN Act removal request", referencePrefix: "T",
        fields: [
            FieldDescription(key: "data-subject", help: "pseudonym of the depicted person"),
            FieldDescription(key: "signature", help: "the signatory's typed name (electronic signature)"),
            FieldDescription(key: "depiction", help: "what the image or video shows, to recognise it"),
            FieldDescription(key: "url", help: "a URL of the depiction (url+= adds one)"),
            FieldDescription(key: "non-consent", help: "yes: the good-faith statement of non-consent"),
        ],
        requiredElements: TakeItDownContent.elements,
        legalElements: [
            .reference, LegalElement("takeItDown.signature", "TAKE IT DOWN Act (1)", "the signature"),
            LegalElement("takeItDown.depiction", "TAKE IT DOWN Act (2)", "the identification of the depiction"),
            LegalElement("takeItDown.urls", "TAKE IT DOWN Act (2)", "where the depiction is", .each(field: nil)),
            LegalElement(
                "takeItDown.nonConsent", "TAKE IT DOWN Act (3)", "the statement of non-consent",
                .statement(partial: "non-consent-statement")),
            LegalElement("sender.name", "TAKE IT DOWN Act (4)", "the requester's name"),
            LegalElement("sender.email", "TAKE IT DOWN Act (4)", "the contact e-mail address"),
        ],
        recipients: KindRecipients(byDefault: .provider, acceptsProvider: true),
        // The Act's own elements cover the sender: its contact information (4) is the name and
        // e-mail, and its signature (1) is the identifiable individual's or their authorised
        // person's (a field of its own), not the organisation's signatory.
        sender: SenderIdentityRule(
            article: "TAKE IT DOWN Act, valid request (4)", name: false, signatory: false, contact: false),
        asksForRemoval: true, caseGrouping: .byProvider,
        conduct: KindConduct(isTakedownRequest: true, actsOnContent: true), answers: KindAnswers(),
        personal: PersonalFields(
            pseudonym: ContentField(
                "data-subject", \.takeItDownContent, DocumentContent.takeItDownRequest, \.dataSubjectPseudonym)),
        escalation: [
            // US TAKE IT DOWN Act: removal within 48 hours of a valid request.
            EscalationStep(
                from: .takeItDownRequest, trigger: .noResponse, after: .rule("takeitdown.removal"),
                propose: [.reminder])
        ],
        deadlines: { steps throws(DeadlineError) in try steps.owed("takeitdown.removal", from: steps.sent) },
        emptyContent: .takeItDownRequest(TakeItDownContent()),
        decode: { .takeItDownRequest(try TakeItDownContent(from: $0)) },
        applyField: { setting, content throws(FieldError) in
            guard case .takeItDownRequest(var fields) = content else { return }
            switch setting.key {
            case "data-subject": fields.dataSubjectPseudonym = setting.trimmed
            case "signature": fields.signature = setting.trimmed
            case "depiction": fields.depiction = setting.trimmed
            case "url": setting.apply(to: &fields.urls)
            default: fields.nonConsentStatement = try setting.yesNo()
            }
            content = .takeItDownRequest(fields)
        },
        prefill: { seed in
            .takeItDownRequest(
                TakeItDownContent(
                    dataSubjectPseudonym: seed.person?.pseudonym, signature: seed.organisationSignatory,
                    urls: seed.urls))
        })
}

extension DocumentContent {
    /// This kind's content, or nil for another kind (the personal fields' key paths).
    var takeItDownContent: TakeItDownContent? {
        if case .takeItDownRequest(let content) = self { return content }
        return nil
    }
}

import Foundation

extension DocumentKinds {
    /// GDPR Art. 17 erasure request to a controller, on a data subject's behalf (Art. 80(1)).
    static let gdprErasure = DocumentKindDefinition(
        kind: .gdprErasure, title: "GDPR Art. 17 erasure request", referencePrefix: "E", fields: ErasureFields.fields,
        requiredElements: ErasureContent.elements,
        legalElements: [
            .reference,
            LegalElement("erasure.personalData", "GDPR Art. 17(1)", "the personal data to erase"),
            LegalElement("erasure.urls", "GDPR Art. 17(1)", "where the data are published", .each(field: nil)),
            LegalElement("erasure.identifyingData", "GDPR Art. 12(6)", "what lets the controller find the data"),
        ],
        recipients: KindRecipients(byDefault: .controller, acceptsProvider: true, providerIsController: true),
        sender: SenderIdentityRule(article: "GDPR Art. 80(1) (the representative the controller answers)"),
        asksForRemoval: true,
        conduct: KindConduct(actsOnContent: true, isErasureRequest: true, advisorRole: .erasure),
        answers: KindAnswers(replyExtension: true),
        personal: PersonalFields(
            identity: [
                IdentityField(
                    .gdprErasure, identifies: true,
                    ContentField("identifying-data", \.erasureContent, DocumentContent.gdprErasure, \.identifyingData))
            ],
            pseudonym: ContentField(
                "data-subject", \.erasureContent, DocumentContent.gdprErasure, \.dataSubjectPseudonym)),
        escalation: [
            // GDPR Art. 12(3): one month to answer; then a reminder and a complaint to the DPA (Art. 77).
            EscalationStep(
                from: .gdprErasure, trigger: .noResponse, after: .rule("gdpr.art12.response"),
                propose: [.reminder, .dpaComplaint]),
            EscalationStep(from: .gdprErasure, trigger: .rejected, after: nil, propose: [.dpaComplaint]),
        ],
        deadlines: { steps throws(DeadlineError) in
            try steps.owed("gdpr.art12.response", from: steps.sent)
            // GDPR Art. 12(3): the controller may extend by two further months, with reasons.
            if let until = steps.document.extensionUntil { steps.extendLast(until: until) }
            try steps.followUp("reminder.erasure", from: steps.sent)
        },
        emptyContent: .gdprErasure(ErasureContent()), decode: { .gdprErasure(try ErasureContent(from: $0)) },
        applyField: { setting, content throws(FieldError) in
            guard case .gdprErasure(var fields) = content else { return }
            try ErasureFields.apply(setting, to: &fields)
            content = .gdprErasure(fields)
        },
        prefill: { seed in
            .gdprErasure(
                ErasureContent(
                    controller: seed.provider.map { Addressee(name: $0.legalEntity ?? $0.name) },
                    dataSubjectPseudonym: seed.person?.pseudonym, urls: seed.urls,
                    replyWindow: ErasureContent.statutoryReplyWindow))
        })
}

extension DocumentContent {
    /// This kind's content, or nil for another kind (the personal fields' key paths).
    var erasureContent: ErasureContent? {
        if case .gdprErasure(let content) = self { return content }
        return nil
    }

    /// The data controller the document is addressed to when its recipient is a controller
    /// (`KindRecipients.Default.controller`): the request names it in its own content.
    public var addressedController: Addressee? { erasureContent?.controller }
}

import Foundation

extension DocumentKinds {
    /// GDPR Art. 77 complaint to a data-protection authority, for the data subject (Art. 80).
    static let dpaComplaint = DocumentKindDefinition(
        kind: .dpaComplaint, title: "complaint to the data-protection authority (GDPR Art. 77)",
        referencePrefix: "F", isFollowUp: true,
        fields: [
            FieldDescription(key: "data-subject", help: "pseudonym of the person complained for"),
            FieldDescription(key: "controller", help: "the controller complained about"),
            FieldDescription(key: "infringement", help: "what the controller did or failed to do"),
        ],
        requiredElements: DPAComplaintContent.elements,
        legalElements: [
            .reference, LegalElement("dpaComplaint.controller", "GDPR Art. 77(1)", "the controller"),
            LegalElement("dpaComplaint.infringement", "GDPR Art. 77(1)", "the infringement"),
        ],
        recipients: KindRecipients(byDefault: .authority([.dpa]), acceptsProvider: false),
        sender: SenderIdentityRule(article: "GDPR Art. 80(1) (the complainant's representative)"),
        conduct: KindConduct(), answers: KindAnswers(),
        personal: PersonalFields(
            pseudonym: ContentField(
                "data-subject", \.dpaComplaintContent, DocumentContent.dpaComplaint, \.dataSubjectPseudonym)),
        deadlines: { steps throws(DeadlineError) in
            // GDPR Art. 78(2): the authority informs the complainant within three months.
            try steps.owed("gdpr.art78.dpa-silence", from: steps.sent)
        },
        emptyContent: .dpaComplaint(DPAComplaintContent()),
        decode: { .dpaComplaint(try DPAComplaintContent(from: $0)) },
        applyField: { setting, content throws(FieldError) in
            guard case .dpaComplaint(var fields) = content else { return }
            switch setting.key {
            case "data-subject": fields.dataSubjectPseudonym = setting.trimmed
            case "controller": fields.controller = setting.trimmed
            default: fields.infringement = setting.trimmed
            }
            content = .dpaComplaint(fields)
        },
        prefill: { seed in
            var controller: String?
            if case .gdprErasure(let erasure) = seed.parent { controller = erasure.controller?.name }
            return .dpaComplaint(
                DPAComplaintContent(dataSubjectPseudonym: seed.person?.pseudonym, controller: controller))
        })
}

extension DocumentContent {
    /// This kind's content, or nil for another kind (the personal fields' key paths).
    var dpaComplaintContent: DPAComplaintContent? {
        if case .dpaComplaint(let content) = self { return content }
        return nil
    }
}

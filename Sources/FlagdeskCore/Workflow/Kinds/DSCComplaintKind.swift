import Foundation

extension DocumentKinds {
    /// DSA Art. 53 complaint to a Digital Services Coordinator, naming the provider complained of.
    static let dscComplaint = DocumentKindDefinition(
        kind: .dscComplaint, title: "complaint to the Digital Services Coordinator (DSA Art. 53)",
        referencePrefix: "F", isFollowUp: true,
        fields: [
            FieldDescription(key: "infringement", help: "the DSA obligation breached, and how"),
            FieldDescription(key: "respondent", help: "the provider complained of: its legal entity"),
            FieldDescription(key: "complainant-country", help: "ISO country where the organisation is located"),
            FieldDescription(key: "provider-country", help: "ISO country of the provider's establishment"),
        ],
        requiredElements: DSCComplaintContent.elements,
        legalElements: [
            .reference, LegalElement("dscComplaint.respondent", "DSA Art. 53", "the provider complained of"),
            LegalElement("dscComplaint.infringement", "DSA Art. 53", "the infringement"),
        ],
        recipients: KindRecipients(byDefault: .authority([.dsc]), acceptsProvider: false),
        sender: SenderIdentityRule(article: "DSA Art. 53 (the complainant)"), report: .escalation,
        conduct: KindConduct(), answers: KindAnswers(), personal: .none,
        deadlines: { steps throws(DeadlineError) in try steps.followUp("reminder.notice", from: steps.sent) },
        emptyContent: .dscComplaint(DSCComplaintContent()),
        decode: { .dscComplaint(try DSCComplaintContent(from: $0)) },
        applyField: { setting, content throws(FieldError) in
            guard case .dscComplaint(var fields) = content else { return }
            switch setting.key {
            case "infringement": fields.infringement = setting.trimmed
            case "respondent": fields.respondent = setting.trimmed
            case "complainant-country": fields.complainantCountry = try DocumentFields.country(setting)
            default: fields.providerCountry = try DocumentFields.country(setting)
            }
            content = .dscComplaint(fields)
        },
        prefill: { seed in
            let respondent = seed.parentProvider ?? seed.provider
            return .dscComplaint(
                DSCComplaintContent(
                    respondent: respondent.map { $0.legalEntity ?? $0.name },
                    complainantCountry: seed.organisationCountry, providerCountry: respondent?.country))
        })
}

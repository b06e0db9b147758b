import Foundation

extension DocumentKinds {
    /// A request to a prosecutor to issue a European Preservation Order (Regulation (EU)
    /// 2023/1543, Annex II EPOC-PR): the organisation cannot issue one (Art. 4(3)).
    static let preservationRequest = DocumentKindDefinition(
        kind: .preservationRequest, title: "draft European Preservation Order (EPOC-PR)", referencePrefix: "P",
        fields: PreservationFields.fields, requiredElements: PreservationContent.elements,
        legalElements: [
            .reference,
            LegalElement(
                "preservation.targets", "Reg. (EU) 2023/1543 Art. 6(4)(c)", "the identifiers of the data to preserve",
                .each(field: "value")),
            LegalElement(
                "preservation.dataCategories", "Reg. (EU) 2023/1543 Art. 6(4)(d)", "the data categories",
                .each(field: "article")),
            LegalElement(
                "preservation.issuingAuthoritySections", "Reg. (EU) 2023/1543 Art. 4(3)",
                "the sections left to the issuing authority", .each(field: "label")),
        ],
        recipients: KindRecipients(byDefault: .authority([.prosecutor, .lea]), acceptsProvider: false),
        sender: SenderIdentityRule(article: DocumentKinds.letterSender),
        caseGrouping: .byAddressee,
        conduct: KindConduct(reachesPolice: true, evidenceStep: .preservation, advisorRole: .preservation),
        answers: KindAnswers(preservationMilestones: true), personal: .none,
        escalation: [
            // Regulation 2023/1543 Art. 11: warn the LEA contact before the 60-day preservation ends.
            EscalationStep(
                from: .preservationRequest, trigger: .preservationEnding,
                after: .rule("eevidence.preservation-warning"), propose: [.reminder]),
            // Preservation nobody confirmed may not have begun: chase it.
            EscalationStep(
                from: .preservationRequest, trigger: .noAcknowledgement, after: .rule("reminder.preservation"),
                propose: [.reminder]),
        ],
        deadlines: { steps throws(DeadlineError) in
            try steps.chase("reminder.preservation", from: steps.sent)
            // Reg. (EU) 2023/1543 Art. 11(1): 60 days from the order's receipt, +30 when
            // extended; a production request keeps the data until it is dealt with.
            let document = steps.document
            guard let issued = document.issuedAt else { return }
            let ending: PlannedDeadlineStatus =
                document.productionRequestedAt != nil || !document.status.isOpen && document.status != .decided
                ? .superseded : .open
            for ruleID in ["eevidence.art11.preservation", "eevidence.preservation-warning"] {
                try steps.recipientPeriod(ruleID, from: issued, extended: document.extendedAt != nil, status: ending)
            }
        },
        emptyContent: .preservationRequest(PreservationContent()),
        decode: { .preservationRequest(try PreservationContent(from: $0)) },
        applyField: { setting, content throws(FieldError) in
            guard case .preservationRequest(var fields) = content else { return }
            try PreservationFields.apply(setting, to: &fields)
            content = .preservationRequest(fields)
        },
        prefill: { seed in
            .preservationRequest(
                PreservationContent(
                    addressee: seed.provider?.eevidenceAddressee, serviceProvider: seed.provider?.name,
                    targets: seed.urls.map { TargetIdentifier(kind: .url, value: $0) },
                    timeZone: seed.zoneIdentifier == "GMT" ? "UTC" : seed.zoneIdentifier, offence: seed.legalBasis,
                    emergency: seed.threatToLife ? true : nil, facts: seed.explanation,
                    addresseeCountry: seed.provider?.country))
        })
}

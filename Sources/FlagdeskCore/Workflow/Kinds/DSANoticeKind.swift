import Foundation

extension DocumentKinds {
    /// DSA Art. 16 notice to a hosting provider; Art. 22(1) priority only from a trusted flagger
    /// to an online platform within its area.
    static let dsaNotice = DocumentKindDefinition(
        kind: .dsaNotice, title: "DSA Art. 16 notice", referencePrefix: "N", fields: NoticeFields.fields,
        requiredElements: NoticeContent.elements,
        legalElements: [
            .reference,
            LegalElement("notice.explanation", "DSA Art. 16(2)(a)", "why the content is illegal"),
            LegalElement("notice.urls", "DSA Art. 16(2)(b)", "the exact URLs of the content", .each(field: nil)),
            LegalElement("sender.name", "DSA Art. 16(2)(c)", "the notifier's name", unless: "notice.identityOmitted"),
            LegalElement(
                "sender.email", "DSA Art. 16(2)(c)", "the notifier's e-mail address", unless: "notice.identityOmitted"),
            LegalElement(
                "notice.bonaFide", "DSA Art. 16(2)(d)", "the statement of good faith",
                .statement(partial: "good-faith-statement")),
        ],
        recipients: KindRecipients(byDefault: .provider, acceptsProvider: true),
        // The name and e-mail are the notice's own Art. 16(2)(c) elements (and may be left out
        // under its exception); the signatory signs it.
        sender: SenderIdentityRule(
            article: "DSA Art. 16(2)(c) (the entity submitting the notice)", name: false, contact: false,
            unless: "notice.identityOmitted"),
        report: .notice, asksForRemoval: true, caseGrouping: .byProvider,
        conduct: KindConduct(
            isTakedownRequest: true, actsOnContent: true, asksSexWorkConfirmation: true, advisorRole: .notice),
        answers: KindAnswers(
            receiptArticle: "DSA Art. 16(4)", decisionArticle: "DSA Art. 16(5)", decisionContestable: true),
        personal: .none,
        escalation: [
            // A notice left unanswered gets a reminder; a refusal can be contested internally
            // (DSA Art. 20, within six months of the decision).
            EscalationStep(
                from: .dsaNotice, trigger: .noResponse, after: .rule("reminder.notice"), propose: [.reminder]),
            EscalationStep(from: .dsaNotice, trigger: .rejected, after: nil, propose: [.dsaComplaint]),
        ],
        deadlines: { steps throws(DeadlineError) in
            // DSA Arts. 16(6), 22(1): no fixed time in law; the POLICY expectation depends on the
            // urgency (recital 52) and on trusted-flagger priority.
            let variant =
                steps.items.contains(where: \.threatToLife) ? "urgent" : steps.trustedPriority ? "trusted" : "hosting"
            try steps.owed("dsa.notice.expected-decision.\(variant)", from: steps.sent)
            try steps.followUp("reminder.notice", from: steps.sent)
            let document = steps.document
            if document.status == .decided, document.outcome?.isRefusal == true {
                // DSA Art. 20(1)-(2): six months from the day the decision was notified.
                try steps.window(
                    "dsa.art20.complaint-window", from: document.decisionNotifiedAt ?? document.decidedAt ?? steps.sent)
            }
        },
        emptyContent: .dsaNotice(NoticeContent()), decode: { .dsaNotice(try NoticeContent(from: $0)) },
        applyField: { setting, content throws(FieldError) in
            guard case .dsaNotice(var fields) = content else { return }
            try NoticeFields.apply(setting, to: &fields)
            content = .dsaNotice(fields)
        },
        prefill: { seed in
            .dsaNotice(
                NoticeContent(
                    urls: seed.urls, explanation: seed.explanation, legalBasis: seed.legalBasis,
                    category: seed.items.first?.category, keywords: DraftSeed.unique(seed.items.flatMap(\.keywords)),
                    contentTypes: DraftSeed.unique(seed.items.flatMap(\.contentTypes)), evidence: seed.evidence))
        })
}

import Foundation

extension DocumentKinds {
    /// DSA Art. 20 internal complaint against an online platform's decision on a notice.
    static let dsaComplaint = DocumentKindDefinition(
        kind: .dsaComplaint, title: "DSA Art. 20 complaint", referencePrefix: "F", isFollowUp: true,
        fields: [FieldDescription(key: "grounds", help: "why the platform's decision is wrong (DSA Art. 20)")],
        requiredElements: PlatformComplaintContent.elements,
        legalElements: [
            .reference, LegalElement("parent.reference", "DSA Art. 20(1)", "the decision complained of"),
            LegalElement("dsaComplaint.grounds", "DSA Art. 20(1)", "the grounds"),
        ],
        recipients: KindRecipients(byDefault: .parentRecipient, acceptsProvider: true),
        sender: SenderIdentityRule(article: "DSA Art. 20(1) (the complainant)"), report: .escalation,
        conduct: KindConduct(actsOnContent: true, contestsDecision: true, requiresParent: true),
        answers: KindAnswers(), personal: .none,
        escalation: [
            // Silence after a complaint, or a complaint refused: the DSC (DSA Art. 53).
            EscalationStep(
                from: .dsaComplaint, trigger: .noResponse, after: .rule("reminder.notice"), propose: [.dscComplaint]),
            EscalationStep(from: .dsaComplaint, trigger: .rejected, after: nil, propose: [.dscComplaint]),
        ],
        deadlines: { steps throws(DeadlineError) in try steps.followUp("reminder.notice", from: steps.sent) },
        emptyContent: .dsaComplaint(PlatformComplaintContent()),
        decode: { .dsaComplaint(try PlatformComplaintContent(from: $0)) },
        applyField: { setting, content throws(FieldError) in
            guard case .dsaComplaint(var fields) = content else { return }
            fields.grounds = setting.trimmed
            content = .dsaComplaint(fields)
        })
}

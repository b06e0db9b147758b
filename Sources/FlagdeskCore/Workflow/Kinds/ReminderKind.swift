import Foundation

extension DocumentKinds {
    /// A chaser for an unanswered document; goes where its parent went.
    static let reminder = DocumentKindDefinition(
        kind: .reminder, title: "reminder", referencePrefix: "F", isFollowUp: true,
        fields: [FieldDescription(key: "note", help: "a line to add to the reminder")],
        requiredElements: ReminderContent.elements,
        legalElements: [.reference, LegalElement("parent.reference", "the document chased", "the reference chased")],
        recipients: KindRecipients(byDefault: .parentRecipient, acceptsProvider: true),
        sender: SenderIdentityRule(article: DocumentKinds.letterSender),
        report: .reminder,
        conduct: KindConduct(requiresParent: true), answers: KindAnswers(), personal: .none,
        escalation: [
            // Silence after a reminder goes to the Digital Services Coordinator (DSA Art. 53).
            EscalationStep(
                from: .reminder, trigger: .noResponse, after: .rule("reminder.notice"), propose: [.dscComplaint])
        ],
        deadlines: { steps throws(DeadlineError) in try steps.followUp("reminder.notice", from: steps.sent) },
        emptyContent: .reminder(ReminderContent()), decode: { .reminder(try ReminderContent(from: $0)) },
        applyField: { setting, content throws(FieldError) in
            guard case .reminder(var fields) = content else { return }
            fields.note = setting.trimmed
            content = .reminder(fields)
        })
}

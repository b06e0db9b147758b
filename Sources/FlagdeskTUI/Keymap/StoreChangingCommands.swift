/// The commands that change the store. On a read-only store (`Store.readOnlyReason`) each
/// answers "read-only store" at once, before any question or form: nothing typed is then lost
/// to a refusal at the end. Opening the triage form counts, since its only way out that keeps
/// the work is a save. `export` writes outside the store and still works.
extension DeskCommand {
    static let changingTheStore: Set<DeskCommand> = [
        .triage, .save, .edit, .editExternally, .compose, .hold, .resolve, .closeNoAction, .approve, .send,
        .draftNext, .remindMarked, .record, .withdraw, .closeDocument, .draftCaseNotices, .caseNew, .caseAdd,
        .replyConfirm, .replyAttach, .replyDismiss,
    ]

    public var changesTheStore: Bool { Self.changingTheStore.contains(self) }
}

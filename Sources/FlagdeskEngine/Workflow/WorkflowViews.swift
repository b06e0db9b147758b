import FlagdeskCore
import FlagdeskDocuments
import FlagdeskStore
import Foundation

/// One open deadline as the lists show it, most urgent first.
public struct DeadlineRow: Sendable, Equatable {
    public var documentReference: String
    public var documentKind: DocumentKind
    public var documentStatus: DocumentStatus
    public var itemReferences: [String]
    public var recipientName: String?
    public var ruleID: String
    public var ruleTitle: String
    public var dueAt: Date
    public var originalDueAt: Date?
    public var isPolicy: Bool
    /// How the date was counted, step by step.
    public var explanation: String
    /// Whole days from today to the due day, in the organisation's zone; negative when overdue
    /// (`timeLeft.days`: for a deadline counted in hours, its hours in whole days).
    public var daysLeft: Int
    /// What every front shows: days, or hours for a deadline counted in hours (`TimeLeft`).
    public var timeLeft: TimeLeft
    public var threatToLife: Bool
    /// What the escalation ladder proposes once this runs out (a reminder, a DSC complaint...):
    /// one or more kinds, as kinds (a ladder step may propose two documents).
    public var nextSteps: [DocumentKind]
    /// The deadline status (`open`, `met`, `missed`, `superseded`).
    public var status: String
}

/// A document with everything the fronts show about it.
public struct DocumentView: Sendable, Equatable {
    public var record: DocumentRecord
    public var items: [Item]
    public var recipientName: String?
    public var parentReference: String?
    /// What is still missing before it may be completed and sent, with the articles.
    public var missing: [MissingElement]
    /// All its deadlines (open and past).
    public var deadlines: [DeadlineRow]
    /// Its audit events, oldest first.
    public var events: [AuditEvent]
    /// The text as it stands (the frozen text once sent).
    public var rendered: RenderedDocument
    /// Wishes of the person the document acts for, to keep in view while drafting.
    public var wishes: [String]
    /// An e-mail attempt whose outcome is unknown ("sending"): Flagdesk was interrupted while
    /// the send command ran, so the mail may have left.
    public var openSendAttempt: SendAttempt? = nil
}

/// What `escalate` proposed and, unless it was a dry run, drafted.
public struct EscalationReport: Sendable, Equatable {
    public var proposals: [EscalationProposal]
    /// What became of each proposal, in the same order (empty for a dry run).
    public var outcomes: [EscalationOutcome]

    public var drafted: [DocumentRecord] {
        outcomes.compactMap { if case .drafted(let record) = $0 { record } else { nil } }
    }
}

/// One escalation proposal, drafted or refused by a rule (a person's wish, a language without
/// a template...): a refusal is reported and the other proposals are still drafted.
public enum EscalationOutcome: Sendable, Equatable {
    case drafted(DocumentRecord)
    case refused(String)
}

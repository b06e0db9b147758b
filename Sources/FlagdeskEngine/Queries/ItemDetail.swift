import FlagdeskCore
import FlagdeskStore
import Foundation

/// Everything `flagdesk show` and the TUI's item screen display about one item.
public struct ItemDetail: Sendable, Equatable {
    public var item: Item
    public var providerName: String?
    public var duplicateOfReference: String?
    public var evidence: [Evidence]
    public var documents: [DocumentSummary]
    /// The audit events of the item and of its evidence, oldest first.
    public var events: [AuditEvent]
    /// The indicator checklist and note recorded at triage.
    public var triage: TriageRecord = TriageRecord()
    /// Why the item was closed without action.
    public var noActionReason: String?
    /// The pseudonym of the linked victim or data subject.
    public var person: String?
    /// The documents the advisor proposes drafting next (evidence first).
    public var proposals: [DraftProposal] = []
    /// The person's support worker asked to wait: no notice leaves.
    public var supportHold = false
    /// Evidence-first steps a coordinator waived, with their reasons.
    public var waivers: [EvidenceWaiver] = []
}

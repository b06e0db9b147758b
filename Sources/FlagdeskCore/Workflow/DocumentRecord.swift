import Foundation

/// One outgoing legal instrument as the store keeps it (DESIGN.md §3 `documents`): what the
/// engine reads, the renderers fill templates from, and the fronts show.
public struct DocumentRecord: Sendable, Equatable {
    public var id: Int64
    /// `N-2026-00042` (notice), `E-` (erasure), `P-` (preservation), `L-` (LEA referral),
    /// `F-` (follow-ups): see `DocumentKind.referencePrefix`.
    public var reference: String
    public var language: String
    public var status: DocumentStatus
    /// The fields of the document, by kind; the kind is `content.kind`.
    public var content: DocumentContent
    /// Who receives it: a directory key (`providers.key` or `authorities.key`) of `recipientKind`;
    /// nil for a controller named in the content (GDPR erasure).
    public var recipientKind: RecipientKind
    public var recipientKey: String?
    /// The items the document covers (ids), in the order they were linked.
    public var itemIDs: [Int64]
    public var caseID: Int64?
    /// The person the document acts for (erasure, DPA complaint, TAKE IT DOWN).
    public var personID: Int64?
    /// The document a follow-up follows.
    public var parentID: Int64?
    public var outcome: DocumentOutcome?
    /// The recipient's own reference (ticket number).
    public var providerReference: String?
    public var draftedAt: Date
    public var draftedBy: String
    public var approvedAt: Date?
    public var approvedBy: String?
    public var sentAt: Date?
    public var sentBy: String?
    public var sentVia: SendChannel?
    public var acknowledgedAt: Date?
    public var decidedAt: Date?
    /// When the recipient informed the organisation of its decision (DSA Art. 16(5)); starts the
    /// Art. 20 six-month window.
    public var decisionNotifiedAt: Date?
    public var closedAt: Date?
    public var withdrawnAt: Date?
    /// Why the document was closed without a decision, or withdrawn.
    public var statusReason: String?
    /// Preservation requests: when the authority issued the EPOC-PR (starts the 60-day duty,
    /// Reg. (EU) 2023/1543 Art. 11(1)), extended it by 30 days, or requested production (the duty
    /// then lasts until the production order is dealt with).
    public var issuedAt: Date?
    public var extendedAt: Date?
    public var productionRequestedAt: Date?
    /// The controller extended its reply time to this day (GDPR Art. 12(3), at most two months).
    public var extensionUntil: CivilDate?
    /// Once sent: the exact text that left, its SHA-256 (hex) and format. Never changes again,
    /// until the retention purge erases the text (`purged`; the SHA-256 stays there).
    public var frozen: FrozenText?
    /// Set once the retention purge erased the text and the values taken from items and people;
    /// a purged document is read-only.
    public var purged: PurgedDocument?
    public var updatedAt: Date
    /// Optimistic concurrency: a write carrying an older version is refused.
    public var version: Int

    public var kind: DocumentKind { content.kind }

    public init(
        id: Int64 = 0, reference: String = "", language: String, status: DocumentStatus = .draft,
        content: DocumentContent, recipientKind: RecipientKind, recipientKey: String? = nil, itemIDs: [Int64] = [],
        caseID: Int64? = nil, personID: Int64? = nil, parentID: Int64? = nil, outcome: DocumentOutcome? = nil,
        providerReference: String? = nil, draftedAt: Date, draftedBy: String, approvedAt: Date? = nil,
        approvedBy: String? = nil, sentAt: Date? = nil, sentBy: String? = nil, sentVia: SendChannel? = nil,
        acknowledgedAt: Date? = nil, decidedAt: Date? = nil, decisionNotifiedAt: Date? = nil, closedAt: Date? = nil,
        withdrawnAt: Date? = nil, statusReason: String? = nil, issuedAt: Date? = nil, extendedAt: Date? = nil,
        productionRequestedAt: Date? = nil, extensionUntil: CivilDate? = nil, frozen: FrozenText? = nil,
        updatedAt: Date? = nil, version: Int = 1, purged: PurgedDocument? = nil
    ) {
        self.id = id
        self.reference = reference
        self.language = language
        self.status = status
        self.content = content
        self.recipientKind = recipientKind
        self.recipientKey = recipientKey
        self.itemIDs = itemIDs
        self.caseID = caseID
        self.personID = personID
        self.parentID = parentID
        self.outcome = outcome
        self.providerReference = providerReference
        self.draftedAt = draftedAt
        self.draftedBy = draftedBy
        self.approvedAt = approvedAt
        self.approvedBy = approvedBy
        self.sentAt = sentAt
        self.sentBy = sentBy
        self.sentVia = sentVia
        self.acknowledgedAt = acknowledgedAt
        self.decidedAt = decidedAt
        self.decisionNotifiedAt = decisionNotifiedAt
        self.closedAt = closedAt
        self.withdrawnAt = withdrawnAt
        self.statusReason = statusReason
        self.issuedAt = issuedAt
        self.extendedAt = extendedAt
        self.productionRequestedAt = productionRequestedAt
        self.extensionUntil = extensionUntil
        self.frozen = frozen
        self.purged = purged
        self.updatedAt = updatedAt ?? draftedAt
        self.version = version
    }

    /// What the workflow rules need of it.
    public var snapshot: DocumentSnapshot {
        DocumentSnapshot(
            id: id, reference: reference, kind: kind, status: status, parentID: parentID, outcome: outcome,
            sentAt: sentAt, decidedAt: decidedAt, decisionNotifiedAt: decisionNotifiedAt)
    }
}

/// What stays of a document the retention purge erased (GDPR Art. 5(1)(e)): when, and the
/// SHA-256 and format of the text that was sent (nil for one never sent), so the audit trail's
/// `send` event can still be matched to it.
public struct PurgedDocument: Sendable, Equatable, Codable {
    public var at: Date
    public var sentSHA256: String?
    public var sentFormat: String?

    public init(at: Date, sentSHA256: String?, sentFormat: String?) {
        self.at = at
        self.sentSHA256 = sentSHA256
        self.sentFormat = sentFormat
    }

    /// What is shown, and said when an export is refused, in place of the text: when it was
    /// erased and what is left of what was sent. Names no URL, explanation or person.
    public func statement(reference: String) -> String {
        let sent =
            sentSHA256.map { "the text as sent is known by its SHA-256 only (\($0), \(sentFormat ?? "txt"))" }
            ?? "it was never sent"
        return "\(reference) was purged on \(ISO8601.format(at)) (retention period over): its text and the values "
            + "taken from items and people are erased; \(sent)"
    }
}

/// Which part of the directory a document's recipient comes from (`documents.recipient_kind`).
public enum RecipientKind: String, Sendable, Equatable, Codable, CaseIterable {
    case provider
    case authority
    /// A data controller named in the document's content (often outside the directory).
    case controller
}

/// How a document left the organisation (`documents.sent_via`).
public enum SendChannel: String, Sendable, Equatable, Codable, CaseIterable {
    /// Sent by the flagger outside Flagdesk (notice form, portal, letter); Flagdesk records it.
    case manual
    /// Piped to the configured `send_command` as an RFC 5322 message.
    case email
}

/// The exact text that was sent, frozen with its SHA-256 (DESIGN.md §3): exports of a sent
/// document reproduce it byte for byte.
public struct FrozenText: Sendable, Equatable, Codable {
    public var text: String
    /// SHA-256 of the UTF-8 bytes of `text`, lowercase hex.
    public var sha256: String
    /// The format that was sent: `txt` (manual) or `eml` (e-mail).
    public var format: String

    public init(text: String, sha256: String, format: String) {
        self.text = text
        self.sha256 = sha256
        self.format = format
    }
}

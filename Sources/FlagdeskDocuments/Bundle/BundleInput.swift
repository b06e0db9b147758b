import FlagdeskCore
import Foundation

/// What goes into an evidence bundle (`flagdesk bundle REF`): the documents as sent, the evidence
/// files with their metadata, and the audit events of those records (the custody log). The
/// engine assembles it; the writer never reads the store.
public struct BundleInput: Sendable {
    /// The item or case the bundle is for (`FD-2026-000123`, `C-2026-0004`).
    public var subject: String
    public var createdAt: Date
    public var createdBy: String
    public var documents: [BundleDocument]
    public var evidence: [BundleEvidence]
    /// The custody log: audit events of the items, evidence and documents, oldest first.
    public var events: [AuditEvent]

    public init(
        subject: String, createdAt: Date, createdBy: String, documents: [BundleDocument],
        evidence: [BundleEvidence], events: [AuditEvent]
    ) {
        self.subject = subject
        self.createdAt = createdAt
        self.createdBy = createdBy
        self.documents = documents
        self.evidence = evidence
        self.events = events
    }
}

/// A document in a bundle: its text as sent (frozen), or as it now reads for one not yet sent.
public struct BundleDocument: Sendable, Equatable {
    public var reference: String
    public var kind: DocumentKind
    public var status: DocumentStatus
    public var text: String
    /// `txt` or `eml`: the file's extension.
    public var format: String
    /// True when `text` is the frozen text that was sent.
    public var asSent: Bool
    /// Set when the retention purge erased the text: the bundle lists the document, with the
    /// SHA-256 of what was sent, and holds no file for it (`text` is empty).
    public var purged: PurgedDocument?

    public init(
        reference: String, kind: DocumentKind, status: DocumentStatus, text: String, format: String, asSent: Bool,
        purged: PurgedDocument? = nil
    ) {
        self.reference = reference
        self.kind = kind
        self.status = status
        self.text = text
        self.format = format
        self.asSent = asSent
        self.purged = purged
    }
}

/// An evidence file in a bundle.
public struct BundleEvidence: Sendable, Equatable {
    public var record: Evidence
    public var itemReference: String
    /// Where the stored file is (content-addressed, never modified).
    public var file: URL
    /// Why the file itself stays out of the bundle (sexual material of a child is cited by hash
    /// only: `AttachmentPolicy`); nil when it is included.
    public var withheldReason: String?

    public init(record: Evidence, itemReference: String, file: URL, withheldReason: String? = nil) {
        self.record = record
        self.itemReference = itemReference
        self.file = file
        self.withheldReason = withheldReason
    }
}

/// What was written.
public struct BundleSummary: Sendable, Equatable {
    public var documents: Int
    public var evidenceFiles: Int
    public var withheldFiles: Int
    public var events: Int
    /// Every path inside the archive, in order.
    public var paths: [String]
}

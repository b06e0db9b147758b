import FlagdeskCore
import Foundation

/// Whether an imported message was tied to one document, to several (a person chooses), or none.
public enum MailMatchState: String, Sendable, Codable, CaseIterable {
    case matched, ambiguous, unmatched
}

/// Whether a person has dealt with a message's proposals.
public enum MailReview: String, Sendable, Codable, CaseIterable {
    /// Not looked at yet.
    case new
    /// A person recorded the answer from it (`mail confirm`).
    case confirmed
    /// A person read it and recorded nothing from it.
    case dismissed
}

/// One imported e-mail as the store holds it: the file in `evidence/` by SHA-256, its headers
/// as decoded (unsanitised: the fronts sanitise), the match and the proposals.
public struct StoredMail: Sendable, Equatable {
    public var id: Int64 = 0
    /// `M-2026-000001`: what people type (`flagdesk mail show M-2026-000001`).
    public var reference: String = ""
    public var sha256: String
    public var size: Int64
    public var messageID: String?
    public var dateText: String?
    public var date: Date?
    public var from: String
    public var subject: String
    public var documentID: Int64?
    /// The matched document's reference (read back with the row).
    public var documentReference: String?
    public var match: MailMatchState
    public var method: ReplyMatchMethod?
    /// For an ambiguous match: the references of the documents it could answer.
    public var candidates: [String]
    public var findings: [ReplyFinding]
    public var review: MailReview = .new
    public var reviewedAt: Date?
    public var reviewedBy: String?
    public var importedAt: Date
    public var importedBy: String
    /// When the retention purge erased its headers and deleted its file (nil: still held).
    public var purgedAt: Date?

    public init(
        sha256: String, size: Int64, messageID: String?, dateText: String?, date: Date?, from: String, subject: String,
        documentID: Int64?, match: MailMatchState, method: ReplyMatchMethod?, candidates: [String],
        findings: [ReplyFinding], importedAt: Date, importedBy: String
    ) {
        self.sha256 = sha256
        self.size = size
        self.messageID = messageID
        self.dateText = dateText
        self.date = date
        self.from = from
        self.subject = subject
        self.documentID = documentID
        self.match = match
        self.method = method
        self.candidates = candidates
        self.findings = findings
        self.importedAt = importedAt
        self.importedBy = importedBy
    }
}

/// Which messages a list shows: the desk's Replies view has one tab per case.
public enum MailListing: Sendable, Equatable {
    /// Matched and not yet reviewed.
    case new
    /// Every matched message.
    case matched
    /// Unmatched or ambiguous, not dismissed: waiting for a person to attach them.
    case unmatched
    /// The replies to one document.
    case document(Int64)
    case all
}

/// How a Message-ID of ours came to be recorded.
public enum OutgoingMessageKind: String, Sendable {
    case sent, exported
}

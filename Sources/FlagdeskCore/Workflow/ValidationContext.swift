import Foundation

/// Who a document goes to, resolved from the directory (`documents.recipient_kind`/`_key`).
public enum DocumentRecipient: Sendable, Equatable {
    case provider(Provider)
    case authority(Authority)
    /// A data controller outside the directory; its details are in the document's content.
    case controller

    public var provider: Provider? {
        if case .provider(let provider) = self { return provider }
        return nil
    }

    public var authority: Authority? {
        if case .authority(let authority) = self { return authority }
        return nil
    }
}

/// A document as the workflow rules see it: kind, state, times and family (the parent of a
/// follow-up). The engine builds it from `documents`; the rules never need the text.
public struct DocumentSnapshot: Sendable, Equatable, Codable {
    public var id: Int64
    public var reference: String
    public var kind: DocumentKind
    public var status: DocumentStatus
    public var parentID: Int64?
    public var outcome: DocumentOutcome?
    public var sentAt: Date?
    public var decidedAt: Date?
    /// The day the recipient informed the flagger of its decision: starts the DSA Art. 20(2)
    /// six-month complaint window.
    public var decisionNotifiedAt: Date?

    public init(
        id: Int64, reference: String, kind: DocumentKind, status: DocumentStatus, parentID: Int64? = nil,
        outcome: DocumentOutcome? = nil, sentAt: Date? = nil, decidedAt: Date? = nil, decisionNotifiedAt: Date? = nil
    ) {
        self.id = id
        self.reference = reference
        self.kind = kind
        self.status = status
        self.parentID = parentID
        self.outcome = outcome
        self.sentAt = sentAt
        self.decidedAt = decidedAt
        self.decisionNotifiedAt = decisionNotifiedAt
    }
}

/// Everything outside the document's own content that its required elements depend on.
public struct ValidationContext: Sendable {
    /// The items the document covers.
    public var items: [Item]
    public var notifier: NotifierProfile
    public var recipient: DocumentRecipient?
    /// The person the document acts for, when it acts for one.
    public var dataSubject: DataSubject?
    /// The document a follow-up follows.
    public var parent: DocumentSnapshot?
    /// The instant of the check: when the draft is completed, and again when it is sent.
    public var now: Date
    /// The organisation's time zone: civil dates (mandate expiry) are read in it.
    public var zone: TimeZone

    public init(
        items: [Item], notifier: NotifierProfile, recipient: DocumentRecipient?, dataSubject: DataSubject? = nil,
        parent: DocumentSnapshot? = nil, now: Date, zone: TimeZone
    ) {
        self.items = items
        self.notifier = notifier
        self.recipient = recipient
        self.dataSubject = dataSubject
        self.parent = parent
        self.now = now
        self.zone = zone
    }
}

/// A piece of evidence named by its hash: documents cite evidence this way, so the bytes need
/// not travel with them.
public struct EvidenceReference: Sendable, Equatable, Hashable, Codable {
    public var sha256: String
    public var mediaType: String?

    public init(sha256: String, mediaType: String? = nil) {
        self.sha256 = sha256
        self.mediaType = mediaType
    }
}

extension KeyedDecodingContainer {
    /// A stored field, or `fallback` when an older record does not have it: content JSON outlives
    /// the code that wrote it.
    func value<T: Decodable>(_ key: Key, or fallback: T) throws -> T {
        try decodeIfPresent(T.self, forKey: key) ?? fallback
    }
}

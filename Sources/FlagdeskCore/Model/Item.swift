import Foundation

/// One flagged piece of online content (DESIGN.md §3 `items`).
public struct Item: Sendable, Equatable, Codable {
    public var id: Int64
    public var reference: String
    public var url: String
    public var normalizedURL: String
    public var host: String
    public var providerKey: String?
    public var category: DSACategory?
    public var keywords: [DSAKeyword]
    public var contentTypes: [DSAContentType]
    public var legalBasis: String?
    public var explanation: String?
    public var minor: MinorInvolvement
    public var threatToLife: Bool
    public var leaHold: Bool
    public var source: ItemSource
    public var status: ItemStatus
    public var priority: Priority
    public var duplicateOf: Int64?
    public var caseID: Int64?
    public var personID: Int64?
    public var assignee: String?
    public var createdAt: Date
    public var createdBy: String
    public var updatedAt: Date
    /// Incremented on every write: a write carrying an older version is refused (optimistic
    /// concurrency, so a colleague's change is never silently overwritten).
    public var version: Int
    /// When the retention purge erased the item's content (its URL, explanation and the
    /// flagger's triage notes); nil while they are held. A purged item is read-only.
    public var purgedAt: Date?

    public init(
        id: Int64 = 0, reference: String = "", url: String, normalizedURL: String, host: String,
        providerKey: String? = nil, category: DSACategory? = nil, keywords: [DSAKeyword] = [],
        contentTypes: [DSAContentType] = [], legalBasis: String? = nil, explanation: String? = nil,
        minor: MinorInvolvement = .unknown, threatToLife: Bool = false, leaHold: Bool = false,
        source: ItemSource = .other, status: ItemStatus = .new, priority: Priority = .normal,
        duplicateOf: Int64? = nil, caseID: Int64? = nil, personID: Int64? = nil, assignee: String? = nil,
        createdAt: Date, createdBy: String, updatedAt: Date? = nil, version: Int = 1, purgedAt: Date? = nil
    ) {
        self.id = id
        self.reference = reference
        self.url = url
        self.normalizedURL = normalizedURL
        self.host = host
        self.providerKey = providerKey
        self.category = category
        self.keywords = keywords
        self.contentTypes = contentTypes
        self.legalBasis = legalBasis
        self.explanation = explanation
        self.minor = minor
        self.threatToLife = threatToLife
        self.leaHold = leaHold
        self.source = source
        self.status = status
        self.priority = priority
        self.duplicateOf = duplicateOf
        self.caseID = caseID
        self.personID = personID
        self.assignee = assignee
        self.createdAt = createdAt
        self.createdBy = createdBy
        self.updatedAt = updatedAt ?? createdAt
        self.version = version
        self.purgedAt = purgedAt
    }
}

extension Item {
    /// What the purge leaves in `url`: the URL as given is gone.
    public static let purgedURL = "(purged)"
    /// What the purge leaves in the normalised URL: `purged:` and the reference, so that no two
    /// purged items look like duplicates and no new URL can ever match one.
    public static func purgedNormalizedURL(reference: String) -> String { "purged:" + reference }
}

/// A file held as evidence: copied content-addressed, never modified (DESIGN.md §3 `evidence`).
/// A hash proves the bytes are unchanged since capture, not where they came from.
public struct Evidence: Sendable, Equatable, Codable {
    public var id: Int64
    public var itemID: Int64
    public var sha256: String
    public var size: Int64
    public var mediaType: String
    public var originalName: String
    public var sourceURL: String?
    public var capturedAt: Date
    public var capturedBy: String
    /// Why the bytes were refused and only the SHA-256 and metadata kept (material the
    /// organisation may not hold, Dir. 2011/93/EU Art. 5); nil when the file is held.
    public var withheldReason: String?

    public init(
        id: Int64 = 0, itemID: Int64, sha256: String, size: Int64, mediaType: String, originalName: String,
        sourceURL: String? = nil, capturedAt: Date, capturedBy: String, withheldReason: String? = nil
    ) {
        self.withheldReason = withheldReason
        self.id = id
        self.itemID = itemID
        self.sha256 = sha256
        self.size = size
        self.mediaType = mediaType
        self.originalName = originalName
        self.sourceURL = sourceURL
        self.capturedAt = capturedAt
        self.capturedBy = capturedBy
    }
}

/// One row of the tamper-evident audit trail. Payloads reference records; they never hold a
/// victim's personal data.
public struct AuditEvent: Sendable, Equatable, Codable {
    public var id: Int64
    public var at: Date
    public var actor: String
    public var entity: String
    public var entityID: String
    public var action: String
    public var payload: String
    public var previousHash: String
    public var hash: String

    public init(
        id: Int64, at: Date, actor: String, entity: String, entityID: String, action: String, payload: String,
        previousHash: String, hash: String
    ) {
        self.id = id
        self.at = at
        self.actor = actor
        self.entity = entity
        self.entityID = entityID
        self.action = action
        self.payload = payload
        self.previousHash = previousHash
        self.hash = hash
    }
}

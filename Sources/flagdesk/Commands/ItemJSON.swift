import FlagdeskCore
import FlagdeskEngine
import Foundation

/// The JSON shape of an item for `add --json`, `list --json` and `show --json`. Field names
/// follow the DSA Transparency Database vocabulary where one exists.
struct ItemJSON: Encodable {
    let reference: String
    let url: String
    let urlNormalized: String
    let host: String
    let provider: String?
    let category: String?
    let categorySpecification: [String]
    let contentType: [String]
    let legalBasis: String?
    let explanation: String?
    let minor: String
    let threatToLife: Bool
    let leaHold: Bool
    let source: String
    let status: String
    let priority: String
    let duplicateOf: String?
    let createdAt: Date
    let createdBy: String
    /// The team member the item is assigned to (`flagdesk assign`).
    let assignee: String?
    let evidence: [EvidenceJSON]?
    /// Set once the retention purge erased the URL, explanation and triage notes.
    let purgedAt: Date?

    init(item: Item, evidence: [Evidence]?, duplicateOf: String? = nil) {
        reference = item.reference
        url = item.url
        urlNormalized = item.normalizedURL
        host = item.host
        provider = item.providerKey
        category = item.category?.rawValue
        categorySpecification = item.keywords.map(\.rawValue)
        contentType = item.contentTypes.map(\.rawValue)
        legalBasis = item.legalBasis
        explanation = item.explanation
        minor = item.minor.rawValue
        threatToLife = item.threatToLife
        leaHold = item.leaHold
        source = item.source.name
        status = item.status.rawValue
        priority = item.priority.label
        self.duplicateOf = duplicateOf
        createdAt = item.createdAt
        createdBy = item.createdBy
        assignee = item.assignee
        self.evidence = evidence.map { $0.map(EvidenceJSON.init) }
        purgedAt = item.purgedAt
    }
}

struct EvidenceJSON: Encodable {
    let sha256: String
    let size: Int64
    let mediaType: String
    let originalName: String
    let capturedAt: Date
    let capturedBy: String
    /// Why only the hash and metadata are kept (Dir. 2011/93/EU Art. 5).
    let withheld: String?

    init(_ evidence: Evidence) {
        withheld = evidence.withheldReason
        sha256 = evidence.sha256
        size = evidence.size
        mediaType = evidence.mediaType
        originalName = evidence.originalName
        capturedAt = evidence.capturedAt
        capturedBy = evidence.capturedBy
    }
}

struct EventJSON: Encodable {
    let id: Int64
    let at: Date
    let actor: String
    let entity: String
    let entityID: String
    let action: String
    let payload: String
    let hash: String

    init(_ event: AuditEvent) {
        id = event.id
        at = event.at
        actor = event.actor
        entity = event.entity
        entityID = event.entityID
        action = event.action
        payload = event.payload
        hash = event.hash
    }
}

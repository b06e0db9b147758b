import FlagdeskCore
import Foundation

/// Everything `flagdesk add` (and later the importer and the TUI) can say about a new item.
public struct AddItemRequest: Sendable, Equatable {
    public var url: String
    public var category: DSACategory?
    public var keywords: [DSAKeyword]
    public var contentTypes: [DSAContentType]
    public var explanation: String?
    public var legalBasis: String?
    public var minor: MinorInvolvement
    public var threatToLife: Bool
    public var source: ItemSource
    /// Files to hold as evidence; copied, never moved or modified.
    public var evidenceFiles: [URL]
    /// Add even when the URL is already on record; the new item is linked to the first one.
    public var force: Bool

    public init(
        url: String, category: DSACategory? = nil, keywords: [DSAKeyword] = [], contentTypes: [DSAContentType] = [],
        explanation: String? = nil, legalBasis: String? = nil, minor: MinorInvolvement = .unknown,
        threatToLife: Bool = false, source: ItemSource = .other, evidenceFiles: [URL] = [], force: Bool = false
    ) {
        self.url = url
        self.category = category
        self.keywords = keywords
        self.contentTypes = contentTypes
        self.explanation = explanation
        self.legalBasis = legalBasis
        self.minor = minor
        self.threatToLife = threatToLife
        self.source = source
        self.evidenceFiles = evidenceFiles
        self.force = force
    }
}

/// What happened to an add request.
public enum AddOutcome: Sendable, Equatable {
    case added(Item, evidence: [Evidence])
    /// The URL is already on record and `force` was not given: nothing was stored.
    case alreadyOnRecord(Item)
}
